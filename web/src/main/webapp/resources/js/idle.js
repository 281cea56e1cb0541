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
     ends the session only if the server finds it idle too, and otherwise brings the browser back to this page. */
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
    var KEY = 'mcp.session.lastContact';
    var contact = Date.now();
    var warned = false;
    var noting = false;
    var leaving = false;

    function shared() {
        try {
            return Number(window.localStorage.getItem(KEY)) || 0;
        } catch (unavailable) {
            return 0;
        }
    }

    function lastContact() {
        return Math.max(contact, shared());
    }

    function noteContact() {
        contact = Date.now();
        try {
            if (shared() < contact) {
                window.localStorage.setItem(KEY, String(contact));
            }
        } catch (unavailable) {
            // This tab counts alone; the server still refuses to end a session in use.
        }
        check();
    }

    function leave(address) {
        leaving = true;
        window.location.assign(address);
    }

    function check() {
        if (leaving) {
            return;
        }
        var idle = Date.now() - lastContact();
        if (idle >= timeout) {
            leave(endUrl + '?retour=' + encodeURIComponent(window.location.pathname + window.location.search));
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
        fetch(activeUrl, {method: 'POST', credentials: 'same-origin', headers: {'X-MCP-Activity': '1'}})
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
    document.addEventListener('visibilitychange', check);
    window.addEventListener('storage', function (event) {
        if (event.key === KEY) {
            check();
        }
    });
    noteContact();
    window.setInterval(check, 1000);
})();
