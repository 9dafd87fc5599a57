// Scanning pupils' QR codes with the camera: the browser's BarcodeDetector where it reads QR
// codes, else jsQR (vendor/jsQR.js, loaded on first use). A code read is imported like a file.
import { html } from './lit.js';
import { ui, api, t, parse, change, action, update, addResult } from './state.js';
import { byId, focusOn } from './widgets.js';

const SCAN_EVERY_MS = 200;
const SCAN_MAX_SIDE = 640; // pixels a frame is scaled down to before decoding

let camera = null; // { stream, decode, timer, seen }
let jsQrLoading;
const frameCanvas = document.createElement('canvas');

/** The scanner's part of "Collect": its button, the camera's picture and what it says. */
export function scanner() {
  const { running, starting, message } = ui.camera;
  return html`
    <h3 id="scan-title">${t('teacher-scan-title')}</h3>
    <p class="hint">${t('teacher-scan-intro')}</p>
    ${running
      ? html`<button type="button" id="stop-camera" class="danger" @click=${action(() => stopCamera())}>${t('teacher-stop-camera')}</button>`
      : html`<button type="button" id="start-camera" class="primary" ?disabled=${starting} @click=${action(startCamera)}>${t('teacher-scan')}</button>`}
    <figure class="camera" ?hidden=${!running}>
      <video id="camera-video" class="camera-video" playsinline muted autoplay .muted=${true} .playsInline=${true}
        aria-label=${t('teacher-camera-label')}></video>
      <figcaption>${t('teacher-camera-label')}</figcaption>
    </figure>
    <p id="camera-message" class="camera-message" role="status">${message}</p>`;
}

const video = () => byId('camera-video');

/** jsQR (vendor/jsQR.js, a UMD script): loaded only when a browser lacks BarcodeDetector. */
function loadJsQr() {
  // The UMD build sets window.jsQR to the function, or to its module object (`.default`).
  const found = () => (typeof window.jsQR === 'function' ? window.jsQR : window.jsQR?.default);
  jsQrLoading ??= new Promise((resolve, reject) => {
    if (typeof found() === 'function') {
      resolve(found());
      return;
    }
    const script = document.createElement('script');
    script.src = 'vendor/jsQR.js';
    script.addEventListener('load', () => (typeof found() === 'function' ? resolve(found()) : reject(new Error('jsQR is missing'))));
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error('vendor/jsQR.js could not be loaded'));
    });
    document.head.append(script);
  }).catch((error) => {
    jsQrLoading = undefined; // offline now: the next try asks again
    throw error;
  });
  return jsQrLoading;
}

/** A function (canvas, context, width, height) → text of a QR code in the frame, or null. */
async function makeDecoder() {
  if ('BarcodeDetector' in window) {
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      if (formats.includes('qr_code')) {
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        return async (canvas) => (await detector.detect(canvas))[0]?.rawValue ?? null;
      }
    } catch (error) {
      console.warn('BarcodeDetector cannot be used', error);
    }
  }
  const jsQR = await loadJsQr();
  return (canvas, context, width, height) => {
    const image = context.getImageData(0, 0, width, height);
    return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

async function startCamera() {
  if (camera || ui.camera.starting) return;
  if (!navigator.mediaDevices?.getUserMedia) {
    ui.camera.message = t('teacher-camera-unavailable');
    return;
  }
  ui.camera.starting = true;
  ui.camera.message = t('teacher-camera-starting');
  update();
  let decode = null;
  let stream = null;
  let problem = null;
  try {
    decode = await makeDecoder();
  } catch (error) {
    console.warn(error);
    problem = t('teacher-scanner-unavailable');
  }
  if (decode) {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      console.warn('no camera', error);
      problem = t('teacher-camera-unavailable');
    }
  }
  ui.camera.starting = false;
  if (stream && document.hidden) { // the teacher left the page while the browser asked
    for (const track of stream.getTracks()) track.stop();
    stream = null;
    problem = t('teacher-camera-stopped');
  }
  if (!stream) {
    ui.camera.message = problem ?? t('teacher-camera-unavailable');
    return;
  }
  camera = { stream, decode, timer: 0, seen: new Set() };
  ui.camera.running = true;
  for (const track of stream.getTracks()) {
    track.addEventListener('ended', action(() => {
      if (camera?.stream === stream) stopCamera(t('teacher-camera-unavailable'));
    }));
  }
  video().srcObject = stream;
  try {
    await video().play();
  } catch { /* autoplay starts it once it can */ }
  ui.camera.message = t('teacher-camera-looking');
  focusOn('stop-camera');
  scheduleScan(camera);
}

function scheduleScan(cam) {
  cam.timer = setTimeout(() => scanFrame(cam), SCAN_EVERY_MS);
}

async function scanFrame(cam) {
  if (camera !== cam) return;
  const frame = video();
  try {
    if (frame.readyState >= 2 && frame.videoWidth > 0) {
      const scale = Math.min(1, SCAN_MAX_SIDE / Math.max(frame.videoWidth, frame.videoHeight));
      const width = Math.max(1, Math.round(frame.videoWidth * scale));
      const height = Math.max(1, Math.round(frame.videoHeight * scale));
      if (frameCanvas.width !== width) frameCanvas.width = width;
      if (frameCanvas.height !== height) frameCanvas.height = height;
      const context = frameCanvas.getContext('2d', { willReadFrequently: true });
      context.drawImage(frame, 0, 0, width, height);
      const text = await cam.decode(frameCanvas, context, width, height);
      if (camera === cam && text && !cam.seen.has(text)) {
        cam.seen.add(text); // the same pupil's code stays in view for a while
        action(() => found(text))();
      }
    }
  } catch (error) {
    console.warn('a camera frame could not be read', error);
  }
  if (camera === cam) scheduleScan(cam);
}

/** A code was read: import it, say so, and flash the picture. */
function found(text) {
  const result = change(() => parse(api().import_code(text))) ?? { ok: false, message: t('teacher-code-unreadable') };
  addResult(result);
  ui.camera.message = result.ok ? t('teacher-camera-next') : t('teacher-camera-looking');
  // The flash is an animation restarted on the element, not page state.
  const figure = video().parentElement;
  figure?.classList.remove('found');
  void figure?.offsetWidth;
  figure?.classList.add('found');
}

function stopCamera(message) {
  const cam = camera;
  camera = null;
  if (cam) {
    clearTimeout(cam.timer);
    for (const track of cam.stream.getTracks()) track.stop();
  }
  const frame = video();
  if (frame) {
    frame.pause();
    frame.srcObject = null;
  }
  ui.camera.running = false;
  ui.camera.message = message ?? (cam ? t('teacher-camera-stopped') : '');
  if (document.activeElement?.id === 'stop-camera') focusOn('start-camera');
}

// The camera never runs where nobody sees it.
document.addEventListener('visibilitychange', () => {
  if (document.hidden && camera) action(() => stopCamera())();
});
addEventListener('pagehide', () => {
  if (camera) action(() => stopCamera())();
});
