// The cover's focal point: a click on the stored cover's preview sets the
// two number fields (percent across, down); typing in them moves the mark.
"use strict";
(function () {
  function clamp(value) {
    return Math.min(100, Math.max(0, Math.round(value)));
  }

  function setUp(box) {
    const image = box.querySelector(".focal-point__image");
    const mark = box.querySelector(".focal-point__mark");
    const across = document.getElementById(box.dataset.focalX);
    const down = document.getElementById(box.dataset.focalY);
    if (!image || !mark || !across || !down) {
      return; // read-only for this user: the figures are shown as text
    }
    box.classList.add("focal-point--active");

    function show() {
      const x = Number.parseInt(across.value, 10);
      const y = Number.parseInt(down.value, 10);
      if (Number.isNaN(x) || Number.isNaN(y)) {
        mark.hidden = true;
        return;
      }
      // Set through the CSSOM, which the Content-Security-Policy allows (no inline style attribute).
      mark.style.left = clamp(x) + "%";
      mark.style.top = clamp(y) + "%";
      mark.hidden = false;
    }

    image.addEventListener("click", function (event) {
      const rect = image.getBoundingClientRect();
      across.value = clamp(((event.clientX - rect.left) / rect.width) * 100);
      down.value = clamp(((event.clientY - rect.top) / rect.height) * 100);
      // The unsaved-changes warning and the like listen for these.
      across.dispatchEvent(new Event("change", { bubbles: true }));
      down.dispatchEvent(new Event("change", { bubbles: true }));
      show();
    });
    across.addEventListener("input", show);
    down.addEventListener("input", show);
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".focal-point").forEach(setUp);
  });
})();
