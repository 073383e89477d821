// Adds the one-tag entry unless the page is opened with ?no-script (a baseline for comparisons).
if (!location.search.includes('no-script')) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/lamtheo.js';
  document.head.append(script);
}
