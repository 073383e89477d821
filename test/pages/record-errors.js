// Loaded first by every test page: keeps what went wrong where the test can read it.
// (A file, not an inline script, so that it runs under the strict CSP page too.)
window.lamtheoTestRecord = { errors: [], violations: [] };
window.addEventListener('error', (event) => window.lamtheoTestRecord.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.lamtheoTestRecord.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.lamtheoTestRecord.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
