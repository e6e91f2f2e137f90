// Swagger UI for /docs, from the vendored bundle (no CDN); kept out of the page for the CSP.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: el.getAttribute("data-url"), dom_id: "#swagger-ui", deepLinking: true });
})();
