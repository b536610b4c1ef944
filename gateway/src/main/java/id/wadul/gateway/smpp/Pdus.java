package id.wadul.gateway.smpp;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;

/**
 * Composes the PDUs the server writes, with jSMPP's {@link DefaultComposer}. Error responses carry the
 * header only (SMPP 3.4 5.1: the body of a *_resp is not returned when command_status is not 0).
 */
final class Pdus {

    private static final DefaultComposer COMPOSER = new DefaultComposer();
    private static final int RESP = SMPPConstant.MASK_CID_RESP;

    private Pdus() {
    }

    static byte[] genericNack(int status, int sequence) {
        return COMPOSER.genericNack(status, sequence);
    }

    static byte[] header(int commandId, int status, int sequence) {
        return COMPOSER.composeHeader(commandId, status, sequence);
    }

    /** The matching response to a request, with an error status and no body. */
    static byte[] errorResp(int requestCommandId, int status, int sequence) {
        return header(requestCommandId | RESP, status, sequence);
    }

    static byte[] bindResp(int requestCommandId, int sequence, String systemId, byte interfaceVersion) {
        try {
            OptionalParameter[] extra = interfaceVersion >= SMPPConstant.IF_VERSION_34
                    ? new OptionalParameter[] {new OptionalParameter.Byte(
                            OptionalParameter.Tag.SC_INTERFACE_VERSION, SMPPConstant.IF_VERSION_34)}
                    : new OptionalParameter[0];
            return COMPOSER.bindResp(requestCommandId | RESP, sequence, systemId, extra);
        } catch (PDUStringException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** submit_sm_resp or deliver_sm_resp with OK and our message id. */
    static byte[] messageResp(int requestCommandId, int sequence, String messageId) {
        if (requestCommandId == SMPPConstant.CID_DELIVER_SM) {
            return COMPOSER.deliverSmResp(SMPPConstant.STAT_ESME_ROK, sequence, messageId);
        }
        try {
            return COMPOSER.submitSmResp(sequence, messageId);
        } catch (PDUStringException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static byte[] enquireLink(int sequence) {
        return COMPOSER.enquireLink(sequence);
    }

    static byte[] enquireLinkResp(int sequence) {
        return COMPOSER.enquireLinkResp(sequence);
    }

    static byte[] unbind(int sequence) {
        return COMPOSER.unbind(sequence);
    }

    static byte[] unbindResp(int status, int sequence) {
        return COMPOSER.unbindResp(status, sequence);
    }

    /** A deliver_sm carrying one part of an outbound SMS to a phone. */
    static byte[] deliverSm(int sequence, String source, String destination, boolean udhi, int dataCoding,
                            byte[] shortMessage) {
        try {
            byte esmClass = udhi ? SMPPConstant.ESMCLS_UDHI_INDICATOR_SET : 0;
            return COMPOSER.deliverSm(sequence, "", SMPPConstant.TON_UNKNOWN, (byte) 0, source,
                    SMPPConstant.TON_INTERNATIONAL, (byte) 1, destination, esmClass, (byte) 0, (byte) 0,
                    (byte) 0, (byte) dataCoding, shortMessage);
        } catch (PDUStringException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String hex(byte[] pdu) {
        return java.util.HexFormat.of().formatHex(pdu);
    }
}
