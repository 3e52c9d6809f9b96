// imgcost embed script for articles. Include it where the calculator should
// appear; it inserts the calculator in embed mode as an <iframe> and keeps the
// frame's height fitted to the calculator's content.
//
//   <script src="https://example.org/imgcost/embed.js" async
//           data-scenario="model=google/imagen-4-fast&images_per_month=5000&acceptance_rate=0.6"></script>
//
// data-scenario takes the query of a share link (the calculator's "Copy link"
// or "Embed" dialog gives one; a whole link is accepted too). data-title sets
// the frame's accessible title. Several scripts on a page give several frames.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;

  var MIN_HEIGHT = 240;
  var MAX_HEIGHT = 6000;

  // Accept "a=1&b=2", "?a=1&b=2" or a whole link; keep only its query.
  function scenarioQuery(value) {
    if (!value) return "";
    var text = value.trim();
    var q = text.indexOf("?");
    if (q >= 0) text = text.slice(q + 1);
    var hash = text.indexOf("#");
    if (hash >= 0) text = text.slice(0, hash);
    var params = new URLSearchParams(text);
    params.delete("embed");
    return params.toString();
  }

  var calculator = new URL("./", script.src);
  var query = scenarioQuery(script.getAttribute("data-scenario"));
  var src = new URL("./?embed=1" + (query ? "&" + query : ""), calculator);

  var frame = document.createElement("iframe");
  frame.src = src.href;
  frame.title = script.getAttribute("data-title") || "Image generation cost calculator";
  frame.loading = "lazy";
  frame.style.cssText = "width:100%;border:0;display:block;height:" + 640 + "px";
  script.parentNode.insertBefore(frame, script.nextSibling);

  // The calculator posts {type: "imgcost:size", height} whenever its content
  // changes size. Only messages from this frame and its origin count.
  window.addEventListener("message", function (event) {
    if (event.source !== frame.contentWindow || event.origin !== calculator.origin) return;
    var data = event.data;
    if (!data || data.type !== "imgcost:size" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = height + "px";
  });
})();
