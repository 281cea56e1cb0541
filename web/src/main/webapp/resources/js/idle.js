/* The page's side of the idle timeout (element #mcpIdle gives the delays and addresses). The server ends a session
   idle for longer than its timeout; this script makes the page count the same idleness as the server, over all the
   user's tabs of the portal:
   - a "contact" is a request that reached the server: the page's load, an Ajax request, a keep-alive. Its time is
     shared with the other tabs (localStorage), so a tab left open does not warn, nor sign out, a user working in
     another one;
   - the user working on the page without sending anything (typing a long text, reading, scrolling) sends a keep-alive
     once the last contact is older than data-activity-millis, so the server's session does not expire meanwhile;
   - with no contact for data-warning-millis in any tab, the warning dialog shows; "Rester connecté(e)" is a request,
     hence a contact, and closes it, in every tab. At data-timeout-millis the page goes to the sign-out address, which
     ends the session only if the server finds it idle too, and otherwise brings the browser back to this page.
   Whatever the user does, the session ends at its longest life (data-life-left-millis from the page's load): the page
   says so data-life-notice-millis before, with the time, and offers to sign in again at once (back to this page
   afterwards); "Continuer" closes the notice in every tab. At that time the page asks the server again, which ends the
   session and sends the browser to the sign-in page, from where it comes back to this page. */
(function () {
    var root = document.getElementById('mcpIdle');
    if (!root) {
        return;
    }
    var timeout = Number(root.getAttribute('data-timeout-millis'));
    var warning = Number(root.getAttribute('data-warning-millis'));
    var noteAfter = Number(root.getAttribute('data-activity-millis'));
    var activeUrl = root.getAttribute('data-active-url');
    var endUrl = root.getAttribute('data-end-url');
    var signInUrl = root.getAttribute('data-sign-in-url');
    var activityHeader = root.getAttribute('data-activity-header');
    var lifeNotice = Number(root.getAttribute('data-life-notice-millis'));
    var loaded = Date.now();
    var KEY = 'mcp.session.lastContact';
    var LIFE_KEY = 'mcp.session.lifeNoticeSeen';
    var SAME_END_MILLIS = 60000;
    var contact = Date.now();
    var warned = false;
    var noting = false;
    var leaving = false;
    var lifeNoticed = false;
    var lifeSeenHere = 0;

    function stored(key) {
        try {
            return Number(window.localStorage.getItem(key)) || 0;
        } catch (unavailable) {
            return 0;
        }
    }

    function store(key, value) {
        try {
            window.localStorage.setItem(key, String(value));
        } catch (unavailable) {
            // This tab counts alone; the server still decides.
        }
    }

    function shared() {
        return stored(KEY);
    }

    function lastContact() {
        return Math.max(contact, shared());
    }

    function here() {
        return window.location.pathname + window.location.search;
    }

    /** When the session reaches its longest life, by this page's clock. Read on each look only so that a test can move it
        (SessionLifetimeIT: the test server keeps the 12 hours); the page never changes it. */
    function lifeEnd() {
        return loaded + Number(root.getAttribute('data-life-left-millis'));
    }

    /** Whether "Continuer" was pressed, in any tab, on the notice of this session's end. */
    function lifeNoticeSeen(end) {
        return Math.abs(stored(LIFE_KEY) - end) < SAME_END_MILLIS || Math.abs(lifeSeenHere - end) < SAME_END_MILLIS;
    }

    function showLifeNotice(end) {
        var at = new Date(end);
        document.getElementById('lifetimeEnd').textContent = at.getHours() + 'h' + String(at.getMinutes()).padStart(2, '0');
        document.getElementById('lifetimeReturn').value = here();
        lifeNoticed = true;
        PF('lifetimeDialog').show();
    }

    function hideLifeNotice() {
        if (lifeNoticed) {
            lifeNoticed = false;
            PF('lifetimeDialog').hide();
        }
    }

    function noteContact() {
        contact = Date.now();
        if (shared() < contact) {
            store(KEY, contact);
        }
        check();
    }

    function leave(address) {
        leaving = true;
        window.location.assign(address);
    }

    var checks = 0;

    function check() {
        if (leaving) {
            return;
        }
        // How many times this page has looked: a test waits for looks to have happened instead of sleeping.
        root.setAttribute('data-checks', String(++checks));
        var now = Date.now();
        var end = lifeEnd();
        if (now >= end) {
            // The server ends the session at this request, and brings the user back here after the sign-in.
            leave(here());
            return;
        }
        if (now >= end - lifeNotice && !lifeNoticed && !lifeNoticeSeen(end)) {
            showLifeNotice(end);
        } else if (lifeNoticed && lifeNoticeSeen(end)) {
            hideLifeNotice();
        }
        var idle = now - lastContact();
        if (idle >= timeout) {
            leave(endUrl + '?retour=' + encodeURIComponent(here()));
        } else if (idle >= warning && !warned) {
            warned = true;
            PF('idleDialog').show();
        } else if (idle < warning && warned) {
            warned = false;
            PF('idleDialog').hide();
        }
    }

    function activity() {
        if (warned || noting || leaving || Date.now() - lastContact() < noteAfter) {
            return;
        }
        noting = true;
        var headers = {};
        headers[activityHeader] = '1';
        fetch(activeUrl + '?retour=' + encodeURIComponent(here()), {method: 'POST', credentials: 'same-origin', headers: headers})
            .then(function (reply) {
                if (reply.status === 204 && !reply.redirected) {
                    noteContact();
                } else {
                    // The session is over (idle, signed out elsewhere, access or rights ended): the server said where to go.
                    leave(reply.redirected ? reply.url : signInUrl);
                }
            })
            .catch(function () {
                // Network down: the next activity tries again.
            })
            .then(function () {
                noting = false;
            });
    }

    ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'scroll'].forEach(function (type) {
        document.addEventListener(type, activity, {capture: true, passive: true});
    });
    if (window.jQuery) {
        // PrimeFaces requests, and the standard Faces ones (PrimeFaces relays them as the same event).
        window.jQuery(document).on('pfAjaxComplete', noteContact);
    }
    if (window.faces && window.faces.ajax) {
        window.faces.ajax.addOnEvent(function (data) {
            if (data.status === 'success') {
                noteContact();
            }
        });
    }
    document.getElementById('lifetime:keepOn').addEventListener('click', function () {
        lifeSeenHere = lifeEnd();
        store(LIFE_KEY, lifeSeenHere);
        hideLifeNotice();
    });
    document.addEventListener('visibilitychange', check);
    window.addEventListener('storage', function (event) {
        if (event.key === KEY || event.key === LIFE_KEY) {
            check();
        }
    });
    noteContact();
    window.setInterval(check, 1000);
})();
