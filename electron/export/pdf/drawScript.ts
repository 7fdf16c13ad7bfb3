/**
 * The page's own script: draws every chart box with Plotly, then says so on <body>, which is what
 * the PDF renderers wait for before printing: `data-ready="1"` when every chart is drawn (and the
 * fonts are in), `data-ready="error"` with `data-error` when one failed, so a renderer reports
 * the failure at once rather than printing blank boxes or timing out.
 *
 * Charts are static (no hover, no mode bar) and drawn at the box's size, which is the size they
 * print at because the page body is exactly the printed width.
 */
export const drawScript = `(function () {
  var body = document.body;
  function fail(error) {
    body.dataset.error = String((error && error.message) || error);
    body.dataset.ready = 'error';
  }
  try {
    var draws = Array.prototype.map.call(document.querySelectorAll('.chart'), function (box) {
      var figure = JSON.parse(box.querySelector('.chart-figure').textContent);
      var plot = box.querySelector('.chart-plot');
      var layout = Object.assign({}, figure.layout, {
        width: plot.clientWidth,
        height: plot.clientHeight,
        autosize: false
      });
      return Plotly.newPlot(plot, figure.data, layout, {
        staticPlot: true,
        displayModeBar: false,
        responsive: false
      });
    });
    Promise.all(draws.concat([document.fonts.ready])).then(function () {
      body.dataset.ready = '1';
    }, fail);
  } catch (error) {
    fail(error);
  }
})();`
