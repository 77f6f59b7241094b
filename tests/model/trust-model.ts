// trusted_sources from the README alone, on Node's own address code (net.isIP*, the WHATWG
// URL parser's IPv6 canonical form, net.BlockList), so the plugin's byte-level parser and
// matcher are checked against an implementation that shares nothing with them.

import net from "node:net";

export interface Block {
  family: 4 | 6;
  address: string;
  prefix: number;
}

/** An entry of trusted_sources: `ip` or `ip/prefix`, IPv4 or IPv6 (no zone), or undefined. */
export function parseBlock(entry: string): Block | undefined {
  const m = /^([^/]*)(?:\/(0|[1-9][0-9]{0,2}))?$/.exec(entry);
  if (!m) return undefined;
  const [, address, prefixText] = m;
  const family = net.isIPv4(address) ? 4 : net.isIPv6(address) && !address.includes("%") ? 6 : undefined;
  if (family === undefined) return undefined;
  const max = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  return prefix <= max ? { family, address, prefix } : undefined;
}

/** The IPv4 address an IPv4-mapped IPv6 address (::ffff:a.b.c.d in any spelling) stands for. */
function mappedIpv4(ipv6: string): string | undefined {
  const m = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(new URL(`http://[${ipv6}]/`).hostname);
  if (!m) return undefined;
  const [hi, lo] = [Number.parseInt(m[1], 16), Number.parseInt(m[2], 16)];
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
}

/** The IPv4 blocks (IPv4-mapped IPv6 ones with a prefix of 96 or more among them) and the IPv6 blocks. */
export interface TrustLists {
  ipv4: net.BlockList;
  ipv6: net.BlockList;
}

export function trustLists(entries: string[]): TrustLists {
  const lists = { ipv4: new net.BlockList(), ipv6: new net.BlockList() };
  for (const entry of entries) {
    const block = parseBlock(entry);
    if (!block) throw new Error(`not a block: ${entry}`);
    const asIpv4 = block.family === 6 && block.prefix >= 96 ? mappedIpv4(block.address) : undefined;
    if (block.family === 4) lists.ipv4.addSubnet(block.address, block.prefix, "ipv4");
    else if (asIpv4 !== undefined) lists.ipv4.addSubnet(asIpv4, block.prefix - 96, "ipv4");
    else lists.ipv6.addSubnet(block.address, block.prefix, "ipv6");
  }
  return lists;
}

/**
 * Whether a peer, as Envoy's source.address has it (`ip:port` for IPv4, `[ip]:port` for IPv6,
 * a port of up to five digits without leading zeros), is in a block: IPv4 and IPv4-mapped
 * peers against the IPv4 blocks, other IPv6 peers against the IPv6 ones. A missing or
 * malformed address is in none.
 */
export function peerTrusted(lists: TrustLists, source: string | undefined): boolean {
  const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):(0|[1-9][0-9]{0,4})$/.exec(source ?? "");
  if (!m) return false;
  const [, ipv6, ipv4] = m;
  if (ipv4 !== undefined) return net.isIPv4(ipv4) && lists.ipv4.check(ipv4, "ipv4");
  if (!net.isIPv6(ipv6) || ipv6.includes("%")) return false;
  const mapped = mappedIpv4(ipv6);
  return mapped !== undefined ? lists.ipv4.check(mapped, "ipv4") : lists.ipv6.check(ipv6, "ipv6");
}
