/* Solves the proof-of-work challenge of a form: finds n such that SHA-256(challenge + ":" + n) starts with
   the number of zero bits the challenge asks for, then fills the hidden solution field and enables the form. */
(function () {
    function leadingZeroBits(bytes, bits) {
        for (var i = 0; i < bits; i++) {
            if ((bytes[i >> 3] & (0x80 >> (i & 7))) !== 0) {
                return false;
            }
        }
        return true;
    }

    async function solve(form) {
        var challenge = form.querySelector('[data-pow="challenge"]').value;
        var bits = parseInt(challenge.split('.')[2], 10);
        var status = document.getElementById(form.getAttribute('data-pow-status'));
        var submit = form.querySelector('[data-pow="submit"]');
        var encoder = new TextEncoder();
        for (var n = 0; n < 1e9; n++) {
            var digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + n)));
            if (leadingZeroBits(digest, bits)) {
                form.querySelector('[data-pow="solution"]').value = String(n);
                status.textContent = status.getAttribute('data-done');
                submit.disabled = false;
                submit.removeAttribute('aria-disabled');
                return;
            }
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form[data-pow-status]').forEach(function (form) {
            var submit = form.querySelector('[data-pow="submit"]');
            submit.disabled = true;
            solve(form);
        });
    });
})();
