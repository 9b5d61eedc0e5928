// A minimal W3C WebDriver client over fetch, enough to drive the real app through
// tauri-driver: no browser automation package to download or keep in step.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application) {
    const res = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application } } },
    });
    return new Session(base, res.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return el[ELEMENT];
  }

  async findAll(css) {
    const els = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return els.map((e) => e[ELEMENT]);
  }

  // WebKitWebDriver under tauri-driver reports every element of the Tauri window as not
  // displayed (tauri-apps/tauri#6541), so its Get Element Text returns "" and Element
  // Click fails as "not interactable". Text and clicks therefore go through the page:
  // the element is still the one the driver found, and the click is a real DOM click
  // that runs the app's own handlers.
  run(script, ...elements) {
    return this.cmd("POST", "/execute/sync", { script, args: elements.map((e) => ({ [ELEMENT]: e })) });
  }

  text(el) {
    return this.run("const e = arguments[0]; return (e.innerText ?? e.textContent).trim()", el);
  }

  click(el) {
    return this.run("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].click();", el);
  }

  /** Waits until `probe` returns a truthy value (retrying errors), or fails after `ms`. */
  async waitFor(what, probe, ms = 30000) {
    const until = Date.now() + ms;
    let last;
    for (;;) {
      try {
        const v = await probe();
        if (v) return v;
      } catch (e) {
        last = e;
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  source() {
    return this.cmd("GET", "/source");
  }

  /** A screenshot once the page has painted its current DOM (two animation frames). */
  async screenshot() {
    await this.cmd("POST", "/execute/async", {
      script: "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
      args: [],
    });
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  async setWindowRect(width, height) {
    return this.cmd("POST", "/window/rect", { width, height });
  }

  end() {
    return call(this.base, "DELETE", `/session/${this.id}`);
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok || (json.value && json.value.error)) {
    throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  }
  return json.value;
}
