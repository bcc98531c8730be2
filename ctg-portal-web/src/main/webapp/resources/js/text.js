/*
 * The counter of ctg:textArea: the characters typed against the limit, counted as the server counts
 * them (code points, a line break as one), so that "4 001 caractères sur 4 000" is what the server
 * refuses. The field never cuts a text (no maxlength): the counter and the server's message say it.
 */
(function () {
    'use strict';
    function count(text) {
        return Array.from(text.replace(/\r\n?/g, '\n')).length;
    }
    function update(area) {
        var counter = area.parentNode && area.parentNode.querySelector('.ctg-counter[data-limit]');
        if (!counter) {
            return;
        }
        var max = parseInt(counter.getAttribute('data-limit'), 10);
        var typed = count(area.value);
        var number = new Intl.NumberFormat(document.documentElement.lang || 'fr');
        counter.textContent = counter.getAttribute('data-template')
            .replace('{0}', number.format(typed)).replace('{1}', number.format(max));
        counter.classList.toggle('ctg-counter-over', typed > max);
    }
    // The page may show a text refused by the server, longer than what the counter was rendered for.
    Array.prototype.forEach.call(document.querySelectorAll('textarea'), update);
    document.addEventListener('input', function (event) {
        if (event.target instanceof HTMLTextAreaElement) {
            update(event.target);
        }
    });
})();
