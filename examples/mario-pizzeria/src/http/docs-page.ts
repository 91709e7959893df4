/**
 * The page at `/docs`: reads `/docs/openapi.json` and lists every endpoint with its roles, parameters
 * and request-body schema. No third-party assets, so it works offline.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mario's Pizzeria API</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #222; }
  h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; text-transform: capitalize; }
  details { border: 1px solid #e3e3e3; border-radius: 6px; margin: 0.4rem 0; padding: 0.3rem 0.7rem; }
  summary { cursor: pointer; } code, pre { font-family: ui-monospace, monospace; font-size: 13px; }
  pre { background: #f6f6f6; padding: 0.6rem; overflow-x: auto; border-radius: 4px; }
  .m { display: inline-block; min-width: 4.2rem; font-weight: 600; }
  .GET { color: #1565c0; } .POST { color: #2e7d32; } .DELETE { color: #c62828; } .PUT, .PATCH { color: #ef6c00; }
  .role { background: #fff3e0; border-radius: 4px; padding: 0 0.3rem; margin-left: 0.3rem; font-size: 12px; }
</style>
</head>
<body>
<h1>Mario's Pizzeria API</h1>
<p id="intro"></p>
<p>The machine-readable description: <a href="/docs/openapi.json">/docs/openapi.json</a> (OpenAPI 3.1).</p>
<div id="api"></div>
<script type="module">
  const doc = await (await fetch('/docs/openapi.json')).json();
  document.getElementById('intro').textContent = doc.info.description;
  const byTag = new Map();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags[0];
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method: method.toUpperCase(), op });
    }
  }
  const root = document.getElementById('api');
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
  for (const [tag, ops] of byTag) {
    root.append(el('h2', tag));
    for (const { path, method, op } of ops) {
      const d = el('details'); const s = el('summary');
      s.append(el('span', method, 'm ' + method), el('code', path), ' — ' + op.summary);
      for (const role of op['x-roles'] ?? []) s.append(el('span', role, 'role'));
      d.append(s);
      if (op.parameters) d.append(el('p', 'Parameters: ' + op.parameters.map((p) => p.name + ' (' + p.in + ')').join(', ')));
      const body = op.requestBody?.content['application/json'].schema;
      if (body) { d.append(el('p', 'Body (JSON Schema):')); d.append(el('pre', JSON.stringify(body, null, 2))); }
      d.append(el('p', 'Responses: ' + Object.keys(op.responses).join(', ')));
      root.append(d);
    }
  }
</script>
</body>
</html>
`;
