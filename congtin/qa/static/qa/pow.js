/* Proof of work for the question form: find a nonce so that
   SHA-256(challenge + ":" + nonce) starts with N zero bits. While it runs the
   sum question stays; once solved it is hidden. Without JavaScript (or
   without Web Crypto) the sum question is the check. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-pow-bits]");
  if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) return;
  var bits = parseInt(form.getAttribute("data-pow-bits"), 10) || 16;
  var token = form.querySelector("input[name=challenge]").value;
  var nonceField = form.querySelector("input[name=nonce]");
  var sum = form.querySelector("[data-sum]");
  var status = form.querySelector("[data-pow-status]");
  var encoder = new TextEncoder();

  function zeroBits(bytes) {
    var count = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { count += 8; continue; }
      for (var mask = 0x80; mask && !(bytes[i] & mask); mask >>= 1) count++;
      return count;
    }
    return count;
  }

  function search(start) {
    var batch = [];
    for (var n = start; n < start + 256; n++) {
      batch.push(crypto.subtle.digest("SHA-256", encoder.encode(token + ":" + n)));
    }
    return Promise.all(batch).then(function (digests) {
      for (var i = 0; i < digests.length; i++) {
        if (zeroBits(new Uint8Array(digests[i])) >= bits) return start + i;
      }
      return search(start + 256);
    });
  }

  status.hidden = false;
  status.textContent = "Đang kiểm tra chống thư rác…";
  search(0).then(function (nonce) {
    nonceField.value = String(nonce);
    sum.hidden = true;
    status.textContent = "Đã kiểm tra chống thư rác, quý vị có thể gửi câu hỏi.";
  });
})();
