/** A stand-in for the browser's Worker in unit tests: the test answers for it. */
export class FakeWorker<Ask = unknown, Reply = unknown> {
  static made: FakeWorker[] = [];
  static failToStart = false;
  asked: Ask[] = [];
  terminated = false;
  onmessage: ((e: { data: Reply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor() {
    if (FakeWorker.failToStart) throw new Error('no workers here');
    FakeWorker.made.push(this as FakeWorker);
  }
  postMessage(ask: Ask) {
    this.asked.push(ask);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: Reply) {
    this.onmessage!({ data });
  }
  /** The worker's script stopped; returns whether the page kept the error from the console. */
  fail(message: string): boolean {
    let prevented = false;
    this.onerror!({ message, preventDefault: () => (prevented = true) });
    return prevented;
  }
  static reset() {
    FakeWorker.made = [];
    FakeWorker.failToStart = false;
  }
}
