// What the benchmark sends: a browser's request (21 headers of realistic sizes), the same
// request carrying an x-request-id or a W3C traceparent, and an 8-header response. Prepared maps are copied per
// request, as Envoy's codec builds its maps whether a plugin runs or not.

import { HeaderMap, type RequestInput } from "../../host/index.ts";

const REQUEST_HEADERS: [string, string][] = [
  [":authority", "shop.example.com"],
  [":method", "GET"],
  [":path", "/api/v1/orders/12345?include=items,shipping&currency=EUR"],
  [":scheme", "https"],
  ["accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"],
  ["accept-encoding", "gzip, deflate, br, zstd"],
  ["accept-language", "en-GB,en;q=0.9,de;q=0.8,fr;q=0.7"],
  ["cache-control", "no-cache"],
  ["cookie", "session=3f2a9c1e7b4d4e6f9a0b1c2d3e4f5a6b; _ga=GA1.2.1234567890.1700000000; consent=analytics:1,ads:0; theme=dark"],
  ["pragma", "no-cache"],
  ["referer", "https://shop.example.com/orders?page=2"],
  ["sec-ch-ua", '"Chromium";v="131", "Not_A Brand";v="24"'],
  ["sec-ch-ua-mobile", "?0"],
  ["sec-ch-ua-platform", '"Linux"'],
  ["sec-fetch-dest", "empty"],
  ["sec-fetch-mode", "cors"],
  ["sec-fetch-site", "same-origin"],
  ["user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
  ["x-forwarded-for", "203.0.113.7, 198.51.100.21"],
  ["x-forwarded-proto", "https"],
  ["x-envoy-external-address", "203.0.113.7"],
];

const RESPONSE_HEADERS: [string, string][] = [
  [":status", "200"],
  ["content-type", "application/json; charset=utf-8"],
  ["content-length", "1834"],
  ["date", "Fri, 27 Nov 2026 10:00:00 GMT"],
  ["server", "envoy"],
  ["cache-control", "private, max-age=0"],
  ["etag", 'W/"72a-18c0f3a7d21"'],
  ["vary", "Accept-Encoding, Origin"],
];

export const PLAIN: RequestInput = { headers: new HeaderMap(REQUEST_HEADERS), responseHeaders: new HeaderMap(RESPONSE_HEADERS) };

export const WITH_ID: RequestInput = {
  headers: new HeaderMap([...REQUEST_HEADERS, ["x-request-id", "2d1f3e4a-5b6c-4d7e-8f90-a1b2c3d4e5f6"]]),
  responseHeaders: new HeaderMap(RESPONSE_HEADERS),
};

export const WITH_TRACEPARENT: RequestInput = {
  headers: new HeaderMap([...REQUEST_HEADERS, ["traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"]]),
  responseHeaders: new HeaderMap(RESPONSE_HEADERS),
};
