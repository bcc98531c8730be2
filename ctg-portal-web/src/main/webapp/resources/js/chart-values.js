/*
 * The extender of the end-of-term review's p:chart: writes each bar's value at its end, so that the
 * chart reads without hovering (Chart.js draws no values by itself).
 */
window.ctgChartValues = function () {
    var config = this.cfg.config;
    config.plugins = (config.plugins || []).concat([{
        id: 'ctgValues',
        afterDatasetsDraw: function (chart) {
            var ctx = chart.ctx;
            ctx.save();
            ctx.fillStyle = '#1b1b1b';
            ctx.font = '12px sans-serif';
            ctx.textBaseline = 'middle';
            chart.data.datasets.forEach(function (dataset, i) {
                var meta = chart.getDatasetMeta(i);
                if (meta.hidden) {
                    return;
                }
                meta.data.forEach(function (bar, j) {
                    var value = dataset.data[j];
                    if (value !== null && value !== undefined) {
                        ctx.fillText(String(value), bar.x + 4, bar.y);
                    }
                });
            });
            ctx.restore();
        }
    }]);
};
