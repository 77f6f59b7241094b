// Files a command is given, by an option or as an argument: read only when they are regular
// files of a sane size (never a device, a FIFO or a directory), checked for writing before the
// work that fills them, and every problem said in one line that names the option and the path.

import { constants, statSync } from "node:fs";
import { type FileHandle, open, stat, unlink } from "node:fs/promises";

const PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  ENOSPC: "no space left on the device",
};

/** An fs error in a few words ("no such file", "is a directory"...). */
export function fileProblem(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return (e.code && PROBLEMS[e.code]) ?? e.message;
}

/** How a path is named in a message: `--option PATH`, or the path alone; an empty one shown as "". */
function named(path: string, option?: string): string {
  const shown = path === "" ? '""' : path;
  return option ? `${option} ${shown}` : shown;
}

/** An error whose message is one line naming the option and the path. */
export function fileError(path: string, problem: string, option?: string): Error {
  return new Error(`${named(path, option)}: ${problem}`);
}

function kindOf(s: {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}) {
  if (s.isFile()) return "a file";
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a pipe";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "not a file";
}

/** Why a path is not a regular file of at most `maxBytes` ("no such file", "is a device, not a file"...), or "". */
export function regularFileProblem(path: string, maxBytes: number): string {
  if (path === "") return "an empty file name";
  try {
    const info = statSync(path);
    if (!info.isFile()) return `is ${kindOf(info)}, not a file`;
    if (info.size > maxBytes) return `is ${info.size} bytes, more than the ${maxBytes} allowed`;
    return "";
  } catch (e) {
    return fileProblem(e);
  }
}

/**
 * A regular file's bytes, at most `maxBytes` of them; anything else (missing, a directory, a
 * device like /dev/zero, a pipe, a larger file) is refused in one line naming it.
 */
export async function readGivenFile(path: string, maxBytes: number, option?: string): Promise<Buffer> {
  if (path === "") throw fileError(path, "an empty file name", option);
  let handle: FileHandle | undefined;
  try {
    // stat first: opening a FIFO would wait for a writer.
    const before = await stat(path);
    if (!before.isFile()) throw fileError(path, `is ${kindOf(before)}, not a file`, option);
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw fileError(path, `is ${kindOf(info)}, not a file`, option);
    if (info.size > maxBytes) throw fileError(path, `is ${info.size} bytes, more than the ${maxBytes} allowed`, option);
    const buffer = Buffer.alloc(maxBytes + 1);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, size, buffer.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw fileError(path, `is more than the ${maxBytes} bytes allowed`, option);
    }
    return buffer.subarray(0, size);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === undefined && e instanceof Error) throw e;
    throw fileError(path, fileProblem(e), option);
  } finally {
    await handle?.close();
  }
}

/** Text of a regular file, as readGivenFile reads it. */
export async function readGivenText(path: string, maxBytes: number, option?: string): Promise<string> {
  return (await readGivenFile(path, maxBytes, option)).toString("utf8");
}

/**
 * Refuses, in one line, an output path that cannot be written: an empty name, a directory, a
 * directory that does not exist, no permission. A file that did not exist is not left behind.
 */
export async function checkWritable(path: string, option: string): Promise<void> {
  if (path === "") throw fileError(path, "an empty file name", option);
  const existed = await stat(path).then(
    () => true,
    () => false,
  );
  try {
    const handle = await open(path, "a");
    await handle.close();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw fileError(path, code === "ENOENT" ? "cannot be created: no such directory" : fileProblem(e), option);
  }
  if (!existed) await unlink(path).catch(() => undefined);
}

/** Refuses a path that exists and is not a directory (one that does not exist yet may be made). */
export async function checkDirectory(path: string, option: string): Promise<void> {
  if (path === "") throw fileError(path, "an empty directory name", option);
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isDirectory()) throw fileError(path, `must be a directory, and it is ${kindOf(info)}`, option);
}
