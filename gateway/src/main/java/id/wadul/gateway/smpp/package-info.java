/**
 * The SMPP 3.4 server on Netty, with jSMPP's PDU beans and composer/decomposer as the wire model.
 *
 * <p>Use: <pre>{@code
 * GatewayConfig config = GatewayConfig.fromProperties(properties);   // keys: see GatewayConfig
 * SmppServer server = new SmppServer(config, inboundSink);           // the store implements InboundSink
 * server.start();                                                    // returns once the port(s) are bound
 * OutboundSender sender = server.outboundSender();                   // for the outbox
 * ...
 * server.stop();                                                     // graceful: unbinds after in-flight work
 * }</pre>
 *
 * <p>Pipeline per connection ({@link id.wadul.gateway.smpp.SmppChannelInitializer}): {@code tls} (TLS port
 * only), {@code idle}, {@code frame} ({@link id.wadul.gateway.smpp.SmppFrameDecoder}), {@code codec}
 * ({@link id.wadul.gateway.smpp.PduCodec}), {@code session} ({@link id.wadul.gateway.smpp.SmppSessionHandler},
 * one per channel, state in {@link id.wadul.gateway.smpp.SmppSession}, whose methods are its only transitions;
 * our own requests awaiting responses in {@link id.wadul.gateway.smpp.OwnRequests}). Outbound SMS pick their
 * accounts by number prefix ({@link id.wadul.gateway.smpp.OutboundLinks}), then a bound receiver of one of them.
 *
 * <p>Answers to a link, by cause:
 * <ul>
 * <li>stored: OK with the store's message id (for a part of a concatenated SMS: the part's id);</li>
 * <li>sink busy ({@code RejectedExecutionException} in the cause chain): ESME_RTHROTTLED;</li>
 * <li>sink failed, threw, or did not answer within smpp.sinkTimeout: ESME_RSYSERR;</li>
 * <li>window full or account rate exceeded: ESME_RTHROTTLED, at once;</li>
 * <li>destination not one of wadul.shortcode: ESME_RINVDSTADR;</li>
 * <li>data_coding we cannot decode (binary, ...): ESME_RX_P_APPN, permanent, since SMPP 3.4 has no
 *     ESME_RINVDCS and a retry cannot help;</li>
 * <li>body jSMPP cannot decompose, or a malformed UDH: the matching *_resp with ESME_RINVMSGLEN;</li>
 * <li>unknown or unsupported command_id: generic_nack ESME_RINVCMDID;</li>
 * <li>command_length under 16 or over smpp.maxPduLength: generic_nack ESME_RINVCMDLEN, then close;</li>
 * <li>submit_sm/deliver_sm on an unbound or receiver-only session: ESME_RINVBNDSTS;</li>
 * <li>failed bind (unknown system_id, address outside the account's CIDRs, wrong password): answered after a
 *     delay growing with the failures of its address (and of its account), see smpp.bind.*; an address with
 *     smpp.bind.maxFailures failures gets ESME_RBINDFAIL and close for every bind, unchecked, for
 *     smpp.bind.refusal. A correct bind from another address is answered at once.</li>
 * </ul>
 */
package id.wadul.gateway.smpp;
