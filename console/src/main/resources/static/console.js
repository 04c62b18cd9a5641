// ZMP console: the little the pages do in the browser. No inline code anywhere (the Content-Security-Policy forbids it).
document.addEventListener('DOMContentLoaded', () => {
    // after a refusal, the keyboard lands on the first field the refusal names, or on the form's message
    const invalid = document.querySelector('[aria-invalid="true"]') || document.querySelector('.form-error[role="alert"]');
    if (invalid) {
        if (!invalid.matches('input, select, textarea, button')) {
            invalid.setAttribute('tabindex', '-1');
        }
        invalid.focus();
    }
});

// a TERC suggestion chosen: its code and official name go into the enrolment form
document.addEventListener('click', (event) => {
    const choice = event.target.closest('.terc-choice');
    if (!choice) {
        return;
    }
    const form = choice.closest('form');
    form.querySelector('[name="tercCode"]').value = choice.dataset.code;
    form.querySelector('[name="name"]').value = choice.dataset.name;
    form.querySelector('#terc-suggestions').replaceChildren();
    form.querySelector('[name="tercCode"]').focus();
});

// a table wider than the screen scrolls sideways in its frame: the frame then takes the keyboard focus, so that the
// arrow keys scroll it, and is named after the table's section for whoever hears it
function focusableScrollingTables() {
    document.querySelectorAll('.table-wrap').forEach((frame) => {
        if (frame.scrollWidth > frame.clientWidth) {
            const heading = frame.querySelector('caption') || frame.closest('section, main').querySelector('h2, h1');
            frame.setAttribute('tabindex', '0');
            frame.setAttribute('role', 'region');
            frame.setAttribute('aria-label', heading ? heading.textContent.trim() : document.title);
        } else {
            ['tabindex', 'role', 'aria-label'].forEach((name) => frame.removeAttribute(name));
        }
    });
}
document.addEventListener('DOMContentLoaded', focusableScrollingTables);
document.addEventListener('htmx:afterSettle', focusableScrollingTables);
window.addEventListener('resize', focusableScrollingTables);
