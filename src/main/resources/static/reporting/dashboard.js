// Draws the dashboard's charts with Chart.js out of the figures the page was rendered with. The page hands over
// their texts too (datasetLabels; SLA clocks and cause axes by name), in the language it was rendered in.
(function () {
  'use strict';
  var element = document.getElementById('report-data');
  if (!element || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(element.dataset.report);
  var labels = data.datasetLabels;
  var palette = ['#0b4f8a', '#e07b00', '#2e8b57', '#b00020', '#6a3d9a', '#1f9bb4', '#8c564b', '#7f7f7f'];
  var integers = { beginAtZero: true, ticks: { precision: 0 } };

  function chart(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) {
      new Chart(canvas, config);
    }
  }

  function bar(id, series, label, color) {
    chart(id, {
      type: 'bar',
      data: { labels: series.labels, datasets: [{ label: label, data: series.values, backgroundColor: color }] },
      options: { plugins: { legend: { display: false } }, scales: { y: integers } }
    });
  }

  chart('chart-trend', {
    type: 'line',
    data: {
      labels: data.trend.labels,
      datasets: [
        { label: labels.received, data: data.trend.received, borderColor: palette[0], backgroundColor: palette[0], tension: 0 },
        { label: labels.closed, data: data.trend.closed, borderColor: palette[1], backgroundColor: palette[1], tension: 0 }
      ]
    },
    options: { interaction: { mode: 'index', intersect: false }, scales: { y: integers } }
  });
  bar('chart-breaches', data.breaches, labels.breaches, palette[3]);
  chart('chart-channel', {
    type: 'doughnut',
    data: { labels: data.channel.labels, datasets: [{ data: data.channel.values, backgroundColor: palette }] },
    options: { aspectRatio: 2, plugins: { legend: { position: 'right' } } }
  });
  bar('chart-category', data.category, labels.complaints, palette[0]);
  bar('chart-satisfaction', data.satisfaction, labels.scores, palette[2]);
  bar('chart-causes', data.causes, labels.complaints, palette[4]);
})();
