/*
 * Session expiry (issue 11): nothing a user typed is lost because the session or the page expired.
 * - An active user keeps the session: after activity, a throttled request to /session/ping.
 * - An idle user is warned before the end (dialog "Rester connecté(e)"), then told it ended.
 * - When a form is sent, the fields the user changed are kept in this tab's sessionStorage and the
 *   page is named in the ctg_retour cookie. If the post is lost (expired page: the server sends the
 *   browser back with a flag; expired session: sign-in, then the Callback servlet comes back here
 *   with a flag), the fields are put back with a notice; otherwise they are forgotten.
 * Texts come from the page (the portal's bundle), in data attributes of #ctg-session.
 */
(function () {
    'use strict';
    var root = document.getElementById('ctg-session');
    var dialog = document.getElementById('ctg-session-dialog');
    if (!root || !dialog || !window.sessionStorage) {
        return;
    }
    var data = root.dataset;
    var context = data.context || '';
    var timeout = Number(data.timeout) * 1000;
    // Warn 5 minutes before the end (a third of the timeout when shorter, as in tests); after
    // activity, ping at most every 5 minutes (a quarter of the timeout when shorter).
    var warnBefore = Math.min(300000, timeout / 3);
    var pingEvery = Math.min(300000, timeout / 4);
    var page = location.pathname + location.search;
    var KEPT = 'ctg.saisie';
    var CONTACT = 'ctg.contact';
    var RETURN = 'ctg_retour';
    var lastActivity = Date.now();
    var ownContact = Date.now();
    var shown = null;        // null, 'warning' or 'expired'
    var pinging = false;

    // Last request to the server from any tab of this browser (another tab's activity keeps the session too).
    function lastContact() {
        var shared = 0;
        try {
            shared = Number(localStorage.getItem(CONTACT)) || 0;
        } catch (e) { /* storage refused: this tab only */ }
        return Math.max(ownContact, shared);
    }

    function contact() {
        ownContact = Date.now();
        try {
            localStorage.setItem(CONTACT, String(ownContact));
        } catch (e) { /* storage refused: this tab only */ }
    }

    function cookie(value, maxAge) {
        document.cookie = RETURN + '=' + encodeURIComponent(value) + '; path=' + (context || '/') + '; max-age=' + maxAge
            + '; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
    }

    function labelOf(el) {
        var label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
        return label ? label.textContent.trim() : '';
    }

    // The text fields the user changed on this page (a field shown as it came from the server needs nothing).
    function changedFields() {
        var fields = [];
        document.querySelectorAll('form textarea, form input, form select').forEach(function (el) {
            if (!el.id || el.disabled || el.readOnly || el.closest('.ui-helper-hidden-accessible')) {
                return;
            }
            if (el.tagName === 'SELECT') {
                var changed = Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
                if (changed && !el.multiple) {
                    fields.push({ id: el.id, tag: 'SELECT', value: el.value, label: labelOf(el) });
                }
                return;
            }
            var type = el.tagName === 'TEXTAREA' ? 'textarea' : (el.getAttribute('type') || 'text').toLowerCase();
            if (['textarea', 'text', 'number', 'email', 'tel', 'url', 'search', 'date'].indexOf(type) < 0) {
                return;
            }
            if (el.value !== el.defaultValue) {
                fields.push({ id: el.id, tag: el.tagName, value: el.value, label: labelOf(el) });
            }
        });
        return fields;
    }

    // state 'post': restored only if the server says the post was lost; 'reload': restored on the page anyway.
    function keep(state) {
        var fields = changedFields();
        if (fields.length) {
            sessionStorage.setItem(KEPT, JSON.stringify({ url: page, state: state, at: Date.now(), fields: fields }));
        } else if (state === 'post') {
            sessionStorage.removeItem(KEPT);
        }
        cookie(page, 3600);
    }

    function forget() {
        sessionStorage.removeItem(KEPT);
        cookie('', 0);
    }

    function kept() {
        try {
            return JSON.parse(sessionStorage.getItem(KEPT));
        } catch (e) {
            return null;
        }
    }

    // Puts the kept text back, and says so at the top of the page; what has no field any more is shown to copy.
    function restore(saved, samePage) {
        var lost = [];
        saved.fields.forEach(function (f) {
            var el = samePage ? document.getElementById(f.id) : null;
            if (el && el.tagName === f.tag && !el.disabled && !el.readOnly) {
                el.value = f.value;
                el.dispatchEvent(new Event('input', { bubbles: true }));
                el.dispatchEvent(new Event('change', { bubbles: true }));
            } else if (f.tag !== 'SELECT' && f.value.trim()) {
                lost.push(f);
            }
        });
        var notice = document.createElement('div');
        notice.id = 'ctg-restored';
        notice.className = 'ctg-restored';
        notice.setAttribute('role', 'status');
        notice.tabIndex = -1;
        var p = document.createElement('p');
        p.textContent = lost.length === saved.fields.length ? data.toCopy : data.restored;
        notice.appendChild(p);
        if (lost.length && lost.length < saved.fields.length) {
            var more = document.createElement('p');
            more.textContent = data.toCopy;
            notice.appendChild(more);
        }
        lost.forEach(function (f, i) {
            var label = document.createElement('label');
            label.htmlFor = 'ctg-restored-' + i;
            label.textContent = f.label || f.id;
            var area = document.createElement('textarea');
            area.id = 'ctg-restored-' + i;
            area.readOnly = true;
            area.rows = 4;
            area.value = f.value;
            notice.appendChild(label);
            notice.appendChild(area);
        });
        var main = document.getElementById('contenu');
        var messages = document.getElementById('messages');
        if (messages && messages.parentNode === main) {
            main.insertBefore(notice, messages.nextSibling);
        } else {
            main.insertBefore(notice, main.firstChild);
        }
        notice.focus();
    }

    function ping(then) {
        if (pinging) {
            return;
        }
        pinging = true;
        fetch(context + '/session/ping', { credentials: 'same-origin', cache: 'no-store' })
            .then(function (r) { return r.json(); })
            .then(function (answer) {
                pinging = false;
                if (answer.active) {
                    contact();
                }
                then(answer.active);
            })
            .catch(function () { pinging = false; });   // network down: nothing to conclude
    }

    function minutesSeconds(ms) {
        var s = Math.max(0, Math.ceil(ms / 1000));
        return Math.floor(s / 60) + ' min ' + String(s % 60).padStart(2, '0') + ' s';
    }

    function show(kind, deadline) {
        var title = document.getElementById('ctg-session-title');
        var text = document.getElementById('ctg-session-text');
        var action = document.getElementById('ctg-session-action');
        if (kind === 'warning') {
            text.textContent = data.warning.replace('{0}', minutesSeconds(deadline - Date.now()));
        }
        if (shown === kind) {
            return;
        }
        shown = kind;
        title.textContent = kind === 'warning' ? data.warningTitle : data.expiredTitle;
        action.textContent = kind === 'warning' ? data.keep : data.signIn;
        if (kind === 'expired') {
            text.textContent = data.expired.replace('{0}', String(Math.round(timeout / 60000)));
            keep('reload');
        }
        if (!dialog.open) {
            dialog.showModal();
        }
        action.focus();
    }

    function hide() {
        shown = null;
        if (dialog.open) {
            dialog.close();
        }
    }

    function signInAgain() {
        keep('reload');
        location.assign(page);
    }

    function stay() {
        ping(function (active) {
            if (active) {
                lastActivity = Date.now();
                hide();
            } else {
                show('expired');
            }
        });
    }

    document.getElementById('ctg-session-action').addEventListener('click', function () {
        if (shown === 'expired') {
            signInAgain();
        } else {
            stay();
        }
    });
    // Escape on the warning means the user is here; the end of the session cannot be dismissed.
    dialog.addEventListener('cancel', function (event) {
        event.preventDefault();
        if (shown === 'warning') {
            stay();
        }
    });

    ['keydown', 'input', 'mousedown', 'touchstart', 'wheel'].forEach(function (type) {
        document.addEventListener(type, function () {
            if (!shown) {
                lastActivity = Date.now();
            }
        }, { capture: true, passive: true });
    });

    setInterval(function () {
        if (shown === 'expired') {
            return;
        }
        var now = Date.now();
        var deadline = lastContact() + timeout;
        if (now >= deadline) {
            show('expired');
        } else if (!shown && lastActivity > lastContact() && now - lastContact() >= pingEvery) {
            ping(function (active) {
                if (!active) {
                    show('expired');
                }
            });
        } else if (now >= deadline - warnBefore) {
            show('warning', deadline);
        } else if (shown) {
            hide();   // another tab kept the session
        }
    }, 1000);

    // A form sent the classic way, or through PrimeFaces Ajax.
    document.addEventListener('submit', function () { keep('post'); }, true);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxSend', function () {
            keep('post');
        }).on('pfAjaxSuccess', function (event, xhr) {
            contact();
            // A redirect (expired page) leads to a page that restores: keep until then.
            if (!/<redirect\b/.test(xhr.responseText || '')) {
                forget();
            }
        }).on('pfAjaxError', function () {
            // Refused after the session ended (the sign-in redirect cannot be followed by Ajax):
            // come back to this page through the sign-in, where the kept text is put back.
            ping(function (active) {
                if (!active) {
                    signInAgain();
                }
            });
        });
    }

    var saved = kept();
    if (saved && saved.fields && (saved.state === 'reload' || data.resume === 'true')) {
        restore(saved, saved.url === page);
        forget();
    } else {
        forget();   // the last post went through: nothing to put back
    }
    contact();
}());
