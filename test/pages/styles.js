// styles.html?hostile adds the hostile stylesheet; without it the page is plain.
if (location.search.includes('hostile')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/test/pages/hostile.css';
  document.head.append(link);
}
