import { describe, expect, it } from '@jest/globals';
import { httpContentModeOf } from './http-content-mode.js';
import { UnsupportedContentTypeError } from './unsupported-content-type.error.js';

describe('httpContentModeOf', () => {
  it('tells the three content modes apart', () => {
    expect(httpContentModeOf({ 'content-type': 'application/cloudevents+json; charset=UTF-8' })).toBe('structured');
    expect(httpContentModeOf({ 'content-type': 'Application/CloudEvents-Batch+JSON' })).toBe('batch');
    expect(httpContentModeOf({ 'content-type': 'application/json', 'ce-specversion': '1.0' })).toBe('binary');
    // Binary mode without data has no content type at all.
    expect(httpContentModeOf({ 'ce-specversion': '1.0' })).toBe('binary');
  });

  it('refuses other event formats and requests in no mode', () => {
    for (const headers of [{ 'content-type': 'application/cloudevents+avro' }, { 'content-type': 'text/plain' }, {}]) {
      expect(() => httpContentModeOf(headers)).toThrow(UnsupportedContentTypeError);
    }
  });
});
