// A small client for the OCI distribution API (Docker registry v2): blobs and manifests,
// with basic and bearer-token authentication. Errors never contain credentials.

import { createHash } from "node:crypto";

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
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
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
    const res = await this.send("HEAD", `/v2/${repository}/blobs/${digest}`, repository);
    return res.status === 200;
  }

  /** Uploads a blob (monolithic upload) unless the registry has it; returns its digest. */
  async pushBlob(repository: string, bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes);
    if (await this.hasBlob(repository, digest)) return digest;
    const start = await this.send("POST", `/v2/${repository}/blobs/uploads/`, repository, { push: true });
    if (start.status !== 202) throw await this.failure(start, `starting a blob upload to ${repository}`);
    const location = new URL(start.headers.get("location") ?? "", this.base);
    location.searchParams.set("digest", digest);
    const done = await this.send("PUT", location.pathname + location.search, repository, {
      push: true,
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
    const res = await this.send("GET", `/v2/${repository}/manifests/${reference}`, repository, { headers: { accept: accept.join(", ") } });
    if (res.status !== 200) throw await this.failure(res, `fetching manifest ${repository}:${reference}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) throw new RegistryError(`manifest ${reference} has digest ${digest}`);
    const mediaType = res.headers.get("content-type")?.split(";")[0].trim() ?? "";
    return { mediaType, bytes, digest };
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const res = await this.send("GET", `/v2/${repository}/blobs/${digest}`, repository);
    if (res.status !== 200) throw await this.failure(res, `fetching blob ${digest}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (sha256Digest(bytes) !== digest) throw new RegistryError(`blob ${digest} does not match its digest`);
    return bytes;
  }

  private async send(
    method: string,
    path: string,
    repository: string,
    init: { body?: Uint8Array; headers?: Record<string, string>; push?: boolean } = {},
  ): Promise<Response> {
    const attempt = () =>
      fetch(this.base + path, {
        method,
        headers: { ...init.headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
        body: init.body ? new Uint8Array(init.body) : undefined,
        redirect: "follow",
      }).catch((e: Error) => {
        const reason = (e.cause as Error | undefined)?.message ?? e.message;
        const hint =
          !this.options.insecure && /wrong version number|ssl|tls/i.test(reason) ? " (a plain-HTTP registry needs --insecure)" : "";
        throw new RegistryError(`cannot reach registry ${this.host}: ${reason}${hint}`);
      });
    let res = await attempt();
    if (res.status === 401 && (await this.authenticate(res, repository, init.push ?? false))) res = await attempt();
    return res;
  }

  /** Answers a 401 challenge (Basic, or Bearer via the token service); false when it cannot. */
  private async authenticate(res: Response, repository: string, push: boolean): Promise<boolean> {
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
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set("service", params.service);
    if (repository) url.searchParams.set("scope", `repository:${repository}:${push ? "pull,push" : "pull"}`);
    const tokenRes = await fetch(url, { headers: basic ? { authorization: basic } : {} });
    if (!tokenRes.ok) return false;
    const body = (await tokenRes.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) return false;
    this.authorization = `Bearer ${token}`;
    return true;
  }

  private async failure(res: Response, what: string): Promise<RegistryError> {
    let detail = "";
    try {
      const body = (await res.json()) as { errors?: { code?: string; message?: string }[] };
      detail = body.errors?.map((e) => `${e.code ?? ""} ${e.message ?? ""}`.trim()).join("; ") ?? "";
    } catch {
      // not a registry error document
    }
    const reason = res.status === 401 || res.status === 403 ? "unauthorized: wrong or missing credentials" : `HTTP ${res.status}`;
    return new RegistryError(`${what} on ${this.host} failed: ${reason}${detail ? ` (${detail})` : ""}`, res.status);
  }
}
