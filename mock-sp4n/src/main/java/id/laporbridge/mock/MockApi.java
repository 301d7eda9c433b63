package id.laporbridge.mock;

/** One upstream contract served by the mock: turns a request into a reply and records the call. */
interface MockApi {

    Reply handle(IncomingRequest request);
}
