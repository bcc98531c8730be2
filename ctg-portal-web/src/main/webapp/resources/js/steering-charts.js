/*
 * The extenders of the steering page's p:charts (caf/pilotage.xhtml): axes and tooltips in French
 * number formats ("12 000 €", "0,8", "4,5 %"), the same as the tables (a no-break space between
 * thousands and before the unit), and every territory's name shown whole, wrapped on several lines
 * rather than cut or skipped. Chart.js draws numbers in English by default.
 */
(function () {
    var NBSP = '\u00a0';

    /** @return the number French-style with at most that many decimals, e.g. "12 000" or "0,8" */
    function number(value, decimals) {
        return new Intl.NumberFormat('fr-FR', {maximumFractionDigits: decimals}).format(value)
            .replace(/[\u202f\u00a0 ]/g, NBSP);
    }

    function money(value) {
        return number(Math.round(value), 0) + NBSP + '€';
    }

    /** A value already in percent (or percentage points): "4,5 %". */
    function percent(value, decimals) {
        return number(value, decimals) + NBSP + '%';
    }

    /** A name on lines of at most 26 characters, cut at spaces only. */
    function wrap(name) {
        var lines = [];
        var line = '';
        String(name).split(' ').forEach(function (word) {
            if (line && (line + ' ' + word).length > 26) {
                lines.push(line);
                line = word;
            } else {
                line = line ? line + ' ' + word : word;
            }
        });
        if (line) {
            lines.push(line);
        }
        return lines;
    }

    function options(config) {
        config.options = config.options || {};
        config.options.responsive = true;
        config.options.maintainAspectRatio = false;
        config.options.locale = 'fr-FR';
        config.options.plugins = config.options.plugins || {};
        config.options.plugins.tooltip = config.options.plugins.tooltip || {};
        config.options.plugins.tooltip.callbacks = config.options.plugins.tooltip.callbacks || {};
        config.options.scales = config.options.scales || {};
        return config.options;
    }

    /** Territories on the vertical axis, every name shown, wrapped. */
    function namesAxis() {
        return {
            ticks: {
                autoSkip: false,
                callback: function (value) {
                    return wrap(this.getLabelForValue(value));
                }
            }
        };
    }

    /** Indicator 4: horizontal bars in percentage points. */
    window.ctgSteeringGap = function () {
        var o = options(this.cfg.config);
        o.indexAxis = 'y';
        o.scales.y = namesAxis();
        o.scales.x = {ticks: {callback: function (value) { return percent(value, 1); }}};
        o.plugins.legend = {display: false};
        o.plugins.tooltip.callbacks.label = function (context) {
            return percent(context.parsed.x, 2);
        };
    };

    /** The axis titles, from the page's bundle (#steering-chart-texts). */
    function text(name) {
        var texts = document.getElementById('steering-chart-texts');
        return texts ? texts.getAttribute('data-' + name) : '';
    }

    /** FTE against population: inhabitants on x, FTE on y, the territory's name in the tooltip. */
    window.ctgSteeringScatter = function () {
        var config = this.cfg.config;
        var o = options(config);
        o.scales.x = {title: {display: true, text: text('inhabitants')},
            ticks: {callback: function (value) { return number(value, 0); }}};
        o.scales.y = {title: {display: true, text: text('fte')},
            ticks: {callback: function (value) { return number(value, 2); }}};
        o.plugins.legend = {display: false};
        o.plugins.tooltip.callbacks.label = function (context) {
            var names = context.chart.data.labels || [];
            return (names[context.dataIndex] || '') + ' : ' + number(context.parsed.x, 0) + NBSP + 'hab., '
                + number(context.parsed.y, 2) + NBSP + 'ETP';
        };
    };

    /** Funding per FTE: horizontal bars in euros, the department's average as a line. */
    window.ctgSteeringPerFte = function () {
        var config = this.cfg.config;
        var o = options(config);
        o.indexAxis = 'y';
        o.scales.y = namesAxis();
        o.scales.x = {ticks: {callback: function (value) { return money(value); }}};
        (config.data.datasets || []).forEach(function (dataset) {
            dataset.indexAxis = 'y';
        });
        o.plugins.tooltip.callbacks.label = function (context) {
            return context.dataset.label + ' : ' + money(context.parsed.x);
        };
    };

    /** For the tests and screen readers' tools: the French formats above. */
    window.ctgSteeringFormats = {number: number, money: money, percent: percent, wrap: wrap};
})();
