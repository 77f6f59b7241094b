# The plugin as an OCI image Istio can pull (oci:// URLs): one layer holding /plugin.wasm.
# Build build/plugin.wasm first (npm run build); `npm run image` does both.
FROM scratch

ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/request-tracker/request-tracker

LABEL org.opencontainers.image.title="request-tracker" \
      org.opencontainers.image.description="Proxy-Wasm HTTP plugin that stamps every request with a tracking header" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="Apache-2.0"

# A fixed mode, so the layer (and the digest) does not depend on the umask of the checkout.
COPY --chmod=0644 build/plugin.wasm /plugin.wasm
