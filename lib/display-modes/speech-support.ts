/**
 * Whether the browser can speak (Web Speech API). A module of its own: the toolbar asks
 * on every page, and the speech module itself loads only when reading starts.
 */
export function isSpeechSupported(): boolean {
  return typeof window.speechSynthesis?.speak === "function" && typeof window.SpeechSynthesisUtterance === "function";
}
