/**
 * `Cache-Control: no-store` on every GraphQL answer (personal data, per-account figures: no
 * browser or proxy may keep them). Apollo's cache-control plugin used to send it, at the price of
 * a hook on every resolved field; that plugin is disabled (server.ts, issue 15) and this one
 * header, set once per request, replaces it.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

export function noStorePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
