"use strict";
// Filters: each fieldset names the items it filters (data-filters) and the attribute to
// match (data-by); an item is shown when its value's box is ticked. Without JavaScript the
// fieldsets stay hidden and every item is shown.
document.querySelectorAll("fieldset[data-filters]").forEach(function (set) {
  var items = Array.prototype.slice.call(document.querySelectorAll(set.dataset.filters));
  var by = set.dataset.by;
  var count = set.querySelector(".shown");
  function update() {
    var ticked = {};
    set.querySelectorAll("input[type=checkbox]").forEach(function (box) { ticked[box.value] = box.checked; });
    var shown = 0;
    items.forEach(function (item) {
      var show = ticked[item.getAttribute(by)] !== false;
      item.hidden = !show;
      if (show) { shown += 1; }
    });
    count.textContent = "Showing " + shown + " of " + items.length + ".";
  }
  set.addEventListener("change", update);
  set.hidden = false;
  update();
});
