package id.wadul.gateway.smpp;

/**
 * A frame the codec could not turn into a PDU bean: an unknown command_id or a body jSMPP's decomposer
 * rejected (bad C-string, truncated field, TLV with a crazy length, ...).
 *
 * @param commandId the command_id from the header
 * @param sequence  the sequence_number from the header, so the answer can match it
 * @param status    the command_status to answer with
 * @param reason    what went wrong, for the log
 */
record MalformedPdu(int commandId, int sequence, int status, String reason) {
}
