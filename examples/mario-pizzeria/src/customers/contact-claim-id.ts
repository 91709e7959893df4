/**
 * The id of the claim on an email address or phone number: the contact normalised as the customer
 * directory compares it (lower-cased), prefixed by its kind so an email and a phone never share an id.
 */
export function contactClaimId(contact: string): string {
  const normalised = contact.trim().toLowerCase();
  return `${normalised.includes('@') ? 'email' : 'phone'}:${normalised}`;
}
