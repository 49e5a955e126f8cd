// The data page's upload: refuses files over the limit before sending them, shows the upload's progress,
// then that the server is checking and importing, and shows refusals (422, 413, 503) like any answer.
(function () {
  'use strict';

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.target;
    if (!form || form.id !== 'upload') {
      return;
    }
    var max = Number(form.dataset.maxBytes || 0);
    var total = 0;
    Array.prototype.forEach.call(form.querySelectorAll('input[type=file]'), function (input) {
      Array.prototype.forEach.call(input.files || [], function (file) { total += file.size; });
    });
    if (max > 0 && total > max) {
      event.preventDefault();
      var outcome = document.getElementById('outcome');
      var message = document.createElement('p');
      message.className = 'error';
      message.textContent = form.dataset.tooLarge;
      var old = outcome.querySelector('p.error.client');
      if (old) { old.remove(); }
      message.classList.add('client');
      outcome.insertBefore(message, outcome.firstChild);
      return;
    }
    var progress = document.querySelector('#upload-progress progress');
    if (progress) {
      progress.value = 0;
      progress.max = 100;
    }
    document.getElementById('upload-progress').classList.remove('done-uploading');
  });

  document.addEventListener('htmx:xhr:progress', function (event) {
    var progress = document.querySelector('#upload-progress progress');
    if (!progress || !event.detail.lengthComputable) {
      return;
    }
    progress.max = event.detail.total;
    progress.value = event.detail.loaded;
    if (event.detail.loaded >= event.detail.total) {
      document.getElementById('upload-progress').classList.add('done-uploading');
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 422 || status === 413 || status === 503) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
