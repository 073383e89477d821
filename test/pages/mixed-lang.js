// mixed-lang.html?vi-only: the same page without its English block (a page that must
// never download the English strings).
if (new URLSearchParams(location.search).has('vi-only')) document.getElementById('english').remove();
// Every download is recorded (the test reads them).
performance.setResourceTimingBufferSize(1000);
