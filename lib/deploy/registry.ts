// A small client for the OCI distribution API (Docker registry v2): blobs and manifests,
// with basic and bearer-token authentication. Every call has a time limit and every response
// a size limit; errors name the registry and the step, and never contain credentials.

import { createHash } from "node:crypto";
import { addSecret, scrub } from "../cli/secrets.ts";

export const MediaType = {
  DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  DockerLayer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  DockerConfig: "application/vnd.docker.container.image.v1+json",
  OciManifest: "application/vnd.oci.image.manifest.v1+json",
  OciIndex: "application/vnd.oci.image.index.v1+json",
  DockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  OciLayer: "application/vnd.oci.image.layer.v1.tar+gzip",
  OciConfig: "application/vnd.oci.image.config.v1+json",
  WasmConfig: "application/vnd.module.wasm.config.v1+json",
  WasmContent: "application/vnd.module.wasm.content.layer.v1+wasm",
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface Credentials {
  username: string;
  password: string;
}

export interface RegistryOptions {
  /** Plain HTTP instead of HTTPS (a local or test registry). */
  insecure?: boolean;
  credentials?: Credentials;
  /** Longest a call may take, response body included (default 60 s). */
  timeoutMs?: number;
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(scrub(message));
  }
}

/** The distribution spec lets registries refuse manifests over 4 MiB; none is read past that. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A blob this client reads is a plugin layer: far below this. */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/** Error documents and token responses are small. */
const MAX_SMALL_BYTES = 64 * 1024;
/** How long a registry call (or a builder's push) may take unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** A response body, refused once it passes `limit` bytes (by Content-Length or as it streams). */
async function readLimited(res: Response, limit: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new RegistryError(`${what}: the response is ${declared} bytes, more than the ${limit} allowed`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RegistryError(`${what}: the response is more than the ${limit} bytes allowed`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

export class Registry {
  private authorization: string | undefined;
  private readonly base: string;

  constructor(
    readonly host: string,
    private readonly options: RegistryOptions = {},
  ) {
    const name = host === "docker.io" ? "registry-1.docker.io" : host;
    this.base = `${options.insecure ? "http" : "https"}://${name}`;
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const res = await this.send("HEAD", `/v2/${repository}/blobs/${digest}`, repository, { step: `checking for blob ${digest}` });
    return res.status === 200;
  }

  /** Uploads a blob (monolithic upload) unless the registry has it; returns its digest. */
  async pushBlob(repository: string, bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes);
    if (await this.hasBlob(repository, digest)) return digest;
    const start = await this.send("POST", `/v2/${repository}/blobs/uploads/`, repository, {
      push: true,
      step: `starting a blob upload to ${repository}`,
    });
    if (start.status !== 202) throw await this.failure(start, `starting a blob upload to ${repository}`);
    const location = new URL(start.headers.get("location") ?? "", this.base);
    location.searchParams.set("digest", digest);
    const done = await this.send("PUT", location.pathname + location.search, repository, {
      push: true,
      step: `uploading blob ${digest} to ${repository}`,
      body: bytes,
      headers: { "content-type": "application/octet-stream" },
    });
    if (done.status !== 201) throw await this.failure(done, `uploading blob ${digest} to ${repository}`);
    return digest;
  }

  /** Stores a manifest under a tag (or digest); returns the manifest's digest. */
  async pushManifest(repository: string, reference: string, body: Uint8Array, mediaType: string): Promise<string> {
    const res = await this.send("PUT", `/v2/${repository}/manifests/${reference}`, repository, {
      push: true,
      step: `pushing manifest ${repository}:${reference}`,
      body,
      headers: { "content-type": mediaType },
    });
    if (res.status !== 201) throw await this.failure(res, `pushing manifest ${repository}:${reference}`);
    const digest = sha256Digest(body);
    const reported = res.headers.get("docker-content-digest");
    if (reported && reported !== digest)
      throw new RegistryError(`the registry stored ${reported} for a manifest whose digest is ${digest}`);
    return digest;
  }

  /** A manifest by tag or digest, with its media type and digest (checked against its bytes). */
  async getManifest(
    repository: string,
    reference: string,
    accept: string[],
  ): Promise<{ mediaType: string; bytes: Buffer; digest: string }> {
    const step = `fetching manifest ${repository}${reference.startsWith("sha256:") ? "@" : ":"}${reference}`;
    const res = await this.send("GET", `/v2/${repository}/manifests/${reference}`, repository, {
      headers: { accept: accept.join(", ") },
      step,
    });
    if (res.status !== 200) throw await this.failure(res, step);
    const bytes = await this.read(res, MAX_MANIFEST_BYTES, step);
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) throw new RegistryError(`manifest ${reference} has digest ${digest}`);
    const mediaType = res.headers.get("content-type")?.split(";")[0].trim() ?? "";
    if (!accept.includes(mediaType)) {
      throw new RegistryError(
        `${step} on ${this.host}: the registry answered ${JSON.stringify(mediaType)}, not one of ${accept.join(", ")}`,
      );
    }
    try {
      const parsed = JSON.parse(bytes.toString("utf8")) as { schemaVersion?: unknown };
      if (parsed.schemaVersion !== 2) throw new Error("schemaVersion is not 2");
    } catch (e) {
      throw new RegistryError(`${step} on ${this.host}: the answer is not an image manifest (${(e as Error).message})`);
    }
    return { mediaType, bytes, digest };
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const step = `fetching blob ${digest}`;
    const res = await this.send("GET", `/v2/${repository}/blobs/${digest}`, repository, { step });
    if (res.status !== 200) throw await this.failure(res, step);
    const bytes = await this.read(res, MAX_BLOB_BYTES, step);
    if (sha256Digest(bytes) !== digest) throw new RegistryError(`blob ${digest} does not match its digest`);
    return bytes;
  }

  private read(res: Response, limit: number, step: string): Promise<Buffer> {
    return this.timed(readLimited(res, limit, `${step} on ${this.host}`), step);
  }

  /** A registry call with the time limit; a timeout or a network failure says which step it was. */
  private async timed<T>(work: Promise<T>, step: string): Promise<T> {
    try {
      return await work;
    } catch (e) {
      if (e instanceof RegistryError) throw e;
      const err = e as Error;
      if (err.name === "TimeoutError" || err.name === "AbortError") {
        const seconds = Math.round(this.timeoutMs / 1000);
        throw new RegistryError(`registry ${this.host} did not answer within ${seconds} s while ${step} (--timeout SECONDS waits longer)`);
      }
      // One line: OpenSSL's messages end in a newline, which would hide the hint after them.
      const reason = ((err.cause as Error | undefined)?.message ?? err.message).replace(/\s+/g, " ").trim();
      if (reason === "bad port") {
        const port = /:(\d+)$/.exec(this.host)?.[1] ?? "";
        throw new RegistryError(
          `cannot reach registry ${this.host} while ${step}: this client is Node's fetch, which refuses port ${port} as the fetch standard does for its blocked ports (https://fetch.spec.whatwg.org/#port-blocking: 1, 7, 9, 21, 22, 25, 6000, 6665-6669 and others); serve the registry on another port`,
        );
      }
      const hint =
        !this.options.insecure && /wrong version number|ssl|tls|EPROTO|other side closed/i.test(reason)
          ? " (a plain-HTTP registry needs --insecure)"
          : "";
      throw new RegistryError(`cannot reach registry ${this.host} while ${step}: ${reason}${hint}`);
    }
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private async send(
    method: string,
    path: string,
    repository: string,
    init: { body?: Uint8Array; headers?: Record<string, string>; push?: boolean; step: string },
  ): Promise<Response> {
    const attempt = () =>
      this.timed(
        fetch(this.base + path, {
          method,
          headers: { ...init.headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
          body: init.body ? new Uint8Array(init.body) : undefined,
          redirect: "follow",
          signal: AbortSignal.timeout(this.timeoutMs),
        }),
        init.step,
      );
    let res = await attempt();
    if (res.status === 401 && (await this.authenticate(res, repository, init.push ?? false, init.step))) res = await attempt();
    return res;
  }

  /** Answers a 401 challenge (Basic, or Bearer via the token service); false when it cannot. */
  private async authenticate(res: Response, repository: string, push: boolean, step: string): Promise<boolean> {
    await res.body?.cancel().catch(() => undefined);
    const challenge = res.headers.get("www-authenticate") ?? "";
    const creds = this.options.credentials;
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}` : undefined;
    if (/^basic/i.test(challenge)) {
      if (!basic || this.authorization === basic) return false;
      this.authorization = basic;
      return true;
    }
    const bearer = /^bearer\s+(.*)$/i.exec(challenge);
    if (!bearer) return false;
    const params = Object.fromEntries([...bearer[1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm) return false;
    let url: URL;
    try {
      url = new URL(params.realm);
    } catch {
      throw new RegistryError(`${step} on ${this.host}: the registry's token realm ${JSON.stringify(params.realm)} is not a URL`);
    }
    if (params.service) url.searchParams.set("service", params.service);
    if (repository) url.searchParams.set("scope", `repository:${repository}:${push ? "pull,push" : "pull"}`);
    const tokenStep = `getting a token from ${url.host} for ${step}`;
    const tokenRes = await this.timed(
      fetch(url, { headers: basic ? { authorization: basic } : {}, signal: AbortSignal.timeout(this.timeoutMs) }),
      tokenStep,
    );
    if (!tokenRes.ok) {
      await tokenRes.body?.cancel().catch(() => undefined);
      return false;
    }
    const text = (await this.timed(readLimited(tokenRes, MAX_SMALL_BYTES, tokenStep), tokenStep)).toString("utf8");
    let body: { token?: unknown; access_token?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      const type = tokenRes.headers.get("content-type") ?? "no content type";
      throw new RegistryError(`${tokenStep}: the token service answered ${type}, not JSON (is the realm ${url.origin} a token service?)`);
    }
    const token = body.token ?? body.access_token;
    if (typeof token !== "string" || token === "") return false;
    addSecret(token);
    this.authorization = `Bearer ${token}`;
    return true;
  }

  private async failure(res: Response, what: string): Promise<RegistryError> {
    let detail = "";
    try {
      const text = (await this.timed(readLimited(res, MAX_SMALL_BYTES, what), what)).toString("utf8");
      const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      detail = body.errors?.map((e) => `${e.code ?? ""} ${e.message ?? ""}`.trim()).join("; ") ?? "";
    } catch {
      // not a registry error document (or too large to be one)
    }
    const reason = res.status === 401 || res.status === 403 ? "unauthorized: wrong or missing credentials" : `HTTP ${res.status}`;
    return new RegistryError(`${what} on ${this.host} failed: ${reason}${detail ? ` (${detail.slice(0, 300)})` : ""}`, res.status);
  }
}
