/**
 * Spoken cues through the Web Speech API where the browser has it. A new word cuts off one
 * still being said, so speech never falls behind the workout.
 */
export class SpeechCues {
  get #synth(): SpeechSynthesis | undefined {
    const g = globalThis as unknown as { speechSynthesis?: SpeechSynthesis };
    return typeof SpeechSynthesisUtterance === 'function' ? g.speechSynthesis : undefined;
  }

  say(text: string, lang?: string): void {
    const synth = this.#synth;
    if (!synth || !text) return;
    try {
      if (synth.speaking || synth.pending) synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      if (lang) utterance.lang = lang;
      utterance.rate = 1.1;
      synth.speak(utterance);
    } catch {
      // Speech is a nicety; the beeps and the display carry on.
    }
  }

  cancel(): void {
    try {
      this.#synth?.cancel();
    } catch {
      // Nothing to stop.
    }
  }
}
