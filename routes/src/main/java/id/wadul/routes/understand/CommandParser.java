package id.wadul.routes.understand;

import id.wadul.routes.understand.Command.Verb;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what an inbound SMS asks for. Tolerant of case, spacing and punctuation: "status k7m4px",
 * "Status: K7M-4PX" and "selesai,K7M4PX sudah diperbaiki" all parse.
 *
 * <ul>
 * <li>{@code INFO}, {@code BANTUAN}, {@code HELP} or {@code ?} alone is {@link Command.Help}; followed by
 * more words it is a complaint ("bantuan PKH belum cair" is a complaint about social aid).</li>
 * <li>{@code STATUS <ticket>} (also {@code CEK}) is a {@link Command.StatusQuery}; without a valid ticket
 * number it is {@link Command.Malformed} with the right form.</li>
 * <li>{@code RAHASIA <text>} is an anonymous complaint; everything else of two words or more is a
 * complaint; empty and one-word messages are {@link Command.TooShort}.</li>
 * <li>From a registered officer, {@code PROSES|SELESAI <ticket> [note]}, {@code TOLAK <ticket> <reason>}
 * and {@code ALIH <ticket> <unit>} are {@link Command.OfficerAction}s; anything else an officer sends
 * that is not STATUS/INFO is Malformed with the officer's command list (officers' numbers are for
 * handling tickets, so their free text is not opened as a complaint).</li>
 * <li>From a citizen, an officer verb followed by a valid ticket number ("SELESAI K7M4PX") is
 * Malformed ("only registered officers..."), because it is surely a command sent from the wrong phone;
 * an officer verb followed by ordinary words ("selesai diperbaiki tapi rusak lagi") is a complaint.</li>
 * </ul>
 */
public final class CommandParser {

    static final String HELP_CITIZEN = "Kirim keluhan Anda langsung, contoh: JALAN RUSAK DI DS NGASEM KEC NGASEM. "
            + "Cek tiket: STATUS <nomor tiket>, contoh STATUS K7M4PX. Awali dengan RAHASIA agar identitas Anda dirahasiakan.";
    static final String HELP_OFFICER = "Perintah petugas: PROSES <tiket> [catatan], SELESAI <tiket> [catatan], "
            + "TOLAK <tiket> <alasan>, ALIH <tiket> <kode unit>. Contoh: SELESAI K7M4PX jalan sudah diperbaiki";

    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\\p{Punct}&&[^?]]*(\\p{L}+|\\?)(.*)$", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s\\p{Punct}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static Command parse(String text, boolean fromOfficer) {
        String trimmed = text == null ? "" : text.strip();
        Matcher first = FIRST_WORD.matcher(trimmed);
        if (!first.matches()) {
            return wordCount(trimmed) < 2 ? new Command.TooShort() : new Command.Complaint(trimmed, false);
        }
        String keyword = first.group(1).toUpperCase(Locale.ROOT);
        String rest = SEPARATORS.matcher(first.group(2)).replaceFirst("").strip();
        switch (keyword) {
            case "INFO", "BANTUAN", "HELP", "?", "MENU" -> {
                if (rest.isEmpty() || wordCount(rest) == 0) {
                    return new Command.Help();
                }
            }
            case "STATUS", "CEK" -> {
                Optional<TicketAt> ticket = ticket(rest);
                if (ticket.isPresent()) {
                    return new Command.StatusQuery(ticket.get().number());
                }
                if (keyword.equals("STATUS") || wordCount(rest) <= 1) {
                    return new Command.Malformed("Format salah. Ketik: STATUS <nomor tiket>, contoh: STATUS K7M4PX");
                }
            }
            case "RAHASIA" -> {
                return wordCount(rest) < 2 ? new Command.TooShort() : new Command.Complaint(rest, true);
            }
            default -> {
                Optional<Verb> verb = verb(keyword);
                if (verb.isPresent()) {
                    Optional<Command> command = officer(verb.get(), rest, fromOfficer);
                    if (command.isPresent()) {
                        return command.get();
                    }
                }
            }
        }
        if (fromOfficer) {
            return new Command.Malformed("Perintah tidak dikenal. " + HELP_OFFICER);
        }
        return wordCount(trimmed) < 2 ? new Command.TooShort() : new Command.Complaint(trimmed, false);
    }

    private static Optional<Command> officer(Verb verb, String rest, boolean fromOfficer) {
        Optional<TicketAt> ticket = ticket(rest);
        if (!fromOfficer) {
            return ticket.map(t -> new Command.Malformed("Perintah " + verb + " hanya untuk petugas terdaftar. "
                    + "Untuk menanyakan tiket ketik: STATUS " + t.number()));
        }
        if (ticket.isEmpty()) {
            return Optional.of(new Command.Malformed("Nomor tiket tidak dikenali. " + form(verb)));
        }
        String argument = SEPARATORS.matcher(rest.substring(ticket.get().end())).replaceFirst("").strip();
        return switch (verb) {
            case PROSES, SELESAI -> Optional.of(new Command.OfficerAction(verb, ticket.get().number(), argument));
            case TOLAK -> Optional.of(argument.isEmpty()
                    ? new Command.Malformed("Alasan penolakan wajib diisi. " + form(verb))
                    : new Command.OfficerAction(verb, ticket.get().number(), argument));
            case ALIH -> {
                Matcher unit = TOKEN.matcher(argument);
                yield Optional.of(unit.find()
                        ? new Command.OfficerAction(verb, ticket.get().number(), unit.group())
                        : new Command.Malformed("Kode unit tujuan wajib diisi. " + form(verb)));
            }
        };
    }

    private static String form(Verb verb) {
        return switch (verb) {
            case PROSES -> "Ketik: PROSES <tiket> [catatan], contoh: PROSES K7M4PX petugas menuju lokasi";
            case SELESAI -> "Ketik: SELESAI <tiket> [catatan], contoh: SELESAI K7M4PX jalan sudah diperbaiki";
            case TOLAK -> "Ketik: TOLAK <tiket> <alasan>, contoh: TOLAK K7M4PX bukan wewenang kami";
            case ALIH -> "Ketik: ALIH <tiket> <kode unit>, contoh: ALIH K7M4PX dpupr";
        };
    }

    private static Optional<Verb> verb(String keyword) {
        for (Verb verb : Verb.values()) {
            if (verb.name().equals(keyword)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }

    /** The ticket number at the start of {@code rest}: one token ("K7M-4PX") or two ("K7M 4PX"). */
    private static Optional<TicketAt> ticket(String rest) {
        Matcher token = TOKEN.matcher(rest);
        if (!token.find()) {
            return Optional.empty();
        }
        String first = token.group();
        int firstEnd = token.end();
        Optional<String> one = TicketNumbers.parse(first);
        if (one.isPresent()) {
            return Optional.of(new TicketAt(one.get(), firstEnd));
        }
        if (token.find()) {
            Optional<String> two = TicketNumbers.parse(first + token.group());
            if (two.isPresent()) {
                return Optional.of(new TicketAt(two.get(), token.end()));
            }
        }
        return Optional.empty();
    }

    private static int wordCount(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private record TicketAt(String number, int end) {
    }
}
