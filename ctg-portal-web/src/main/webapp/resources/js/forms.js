/*
 * Forms keep the user where they were. A long page (the compliance plan is 18,000 px tall) reloads
 * at its top after a form is sent: the page's messages are repeated at the top of the part of the
 * page that was sent (the block of the button clicked, else its form) when that part starts below the
 * first screen, and the focus goes to the first invalid field (or to the messages), so that the user
 * sees the outcome without scrolling, and sees it once.
 */
(function () {
    'use strict';
    var KEY = 'ctg-submitted-form';

    function remember(form, button) {
        if (form && form.id) {
            var sent = JSON.stringify({ form: form.id, button: button && button.id ? button.id : null });
            try { window.sessionStorage.setItem(KEY, sent); } catch (e) { /* private mode: top messages only */ }
        }
    }

    /** The block the user was working in: the closest identified block around the button, else the form. */
    function blockOf(sent) {
        var button = sent.button ? document.getElementById(sent.button) : null;
        if (button) {
            var block = button.parentElement.closest('fieldset[id], div[id], section[id], form');
            if (block && block.closest('main')) {
                return block;
            }
        }
        return sent.form ? document.getElementById(sent.form) : null;
    }

    // The button clicked (before any confirmation dialog) names the form; the dialog's own buttons do not.
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button, input[type=submit]') : null;
        if (button && button.form && !button.closest('.ui-confirm-dialog')) {
            remember(button.form, button);
        }
    }, true);
    // A form sent without a click (the Enter key, or after a confirmation): keep the button already known.
    document.addEventListener('submit', function (event) {
        if (event.target.closest('.ui-confirm-dialog')) {
            return;
        }
        var known = null;
        try { known = JSON.parse(window.sessionStorage.getItem(KEY) || 'null'); } catch (e) { /* no storage */ }
        if (event.submitter || !known || known.form !== event.target.id) {
            remember(event.target, event.submitter);
        }
    }, true);

    function place() {
        var sent = null;
        try {
            sent = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
            window.sessionStorage.removeItem(KEY);
        } catch (e) { /* no storage */ }
        var top = document.getElementById('messages');
        var shown = top && top.querySelector('.ui-messages-error, .ui-messages-warn, .ui-messages-info');
        var form = sent ? blockOf(sent) : null;
        var box = null;
        // A form that starts on the page's first screen shows the top messages with it: no second copy.
        var onFirstScreen = form && form.getBoundingClientRect().top + window.scrollY < window.innerHeight;
        if (shown && form && !onFirstScreen) {
            box = document.createElement('div');
            box.className = 'ctg-form-messages ui-messages ui-widget';
            box.setAttribute('role', 'status');
            box.setAttribute('tabindex', '-1');
            box.setAttribute('aria-label', top.getAttribute('data-form-label') || '');
            box.innerHTML = top.innerHTML;
            Array.prototype.forEach.call(box.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
            Array.prototype.forEach.call(box.querySelectorAll('.ui-messages-close'), function (e) { e.remove(); });
            form.insertBefore(box, form.firstChild);
        }
        // A field with an error message (ctg:field) is marked invalid for screen readers; the first gets the focus.
        var invalid = null;
        Array.prototype.forEach.call(document.querySelectorAll('main .ctg-field'), function (field) {
            var input = field.querySelector('.ui-message-error')
                && field.querySelector('input:not([type=hidden]), textarea, select');
            if (input) {
                input.setAttribute('aria-invalid', 'true');
                invalid = invalid || input;
            }
        });
        invalid = invalid || document.querySelector('main input[aria-invalid=true], main textarea[aria-invalid=true], '
            + 'main select[aria-invalid=true], main input.ui-state-error, main textarea.ui-state-error');
        if (shown && !box) {
            top.setAttribute('tabindex', '-1');
        }
        var target = invalid || box || (shown ? top : null);
        if (target) {
            target.focus({ preventScroll: true });
            target.scrollIntoView({ block: 'center' });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', place);
    } else {
        place();
    }
}());
