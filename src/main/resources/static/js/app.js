// Small enhancements for the consoles. Every page works without this file; with it, copy buttons
// copy, and htmx requests carry the CSRF token. Loaded from this service only (no inline scripts).
(function () {
	'use strict';

	function csrfHeaders() {
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		return (header && token) ? [header.content, token.content] : null;
	}

	document.addEventListener('htmx:configRequest', function (event) {
		var csrf = csrfHeaders();
		if (csrf) {
			event.detail.headers[csrf[0]] = csrf[1];
		}
	});

	// <button data-copy-target="element-id">Copy</button> copies the text of that element.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-copy-target]');
		if (!button) {
			return;
		}
		var source = document.getElementById(button.getAttribute('data-copy-target'));
		if (!source || !navigator.clipboard) {
			return;
		}
		navigator.clipboard.writeText(source.textContent.trim()).then(function () {
			var label = button.textContent;
			button.textContent = 'Copied';
			button.setAttribute('aria-live', 'polite');
			setTimeout(function () { button.textContent = label; }, 2000);
		});
	});

	// Copy buttons are hidden until this script runs, so that no dead button shows without it.
	document.querySelectorAll('[data-copy-target]').forEach(function (button) {
		button.hidden = false;
	});
})();
