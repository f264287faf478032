// Draw every chart of the page: each <div data-figure="..."> holds a Plotly figure as JSON.
document.querySelectorAll("[data-figure]").forEach(function (el) {
  var fig = JSON.parse(el.dataset.figure);
  Plotly.newPlot(el, fig.data, fig.layout, {displaylogo: false, responsive: true});
});
