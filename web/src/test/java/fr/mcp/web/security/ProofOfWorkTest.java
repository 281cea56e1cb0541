package fr.mcp.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private ProofOfWork proofOfWork;

    @BeforeEach
    void setUp() {
        proofOfWork = new ProofOfWork();
        proofOfWork.difficulty = 10;
        proofOfWork.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static String solve(String challenge) {
        int bits = Integer.parseInt(challenge.split("\\.")[2]);
        for (long n = 0; ; n++) {
            if (ProofOfWork.hasLeadingZeroBits(ProofOfWork.sha256(challenge + ":" + n), bits)) {
                return String.valueOf(n);
            }
        }
    }

    @Test
    void theWorkDoneForAChallengeIsAccepted() {
        String challenge = proofOfWork.challenge();

        assertTrue(proofOfWork.verify(challenge, solve(challenge)));
    }

    @Test
    void aSolutionWithoutTheWorkIsRefused() {
        String challenge = proofOfWork.challenge();
        String solution = solve(challenge);

        long wrong = Long.parseLong(solution) + 1;
        while (ProofOfWork.hasLeadingZeroBits(ProofOfWork.sha256(challenge + ":" + wrong), 10)) {
            wrong++;
        }
        assertFalse(proofOfWork.verify(challenge, String.valueOf(wrong)));
        assertFalse(proofOfWork.verify(challenge, "not-a-number"));
        assertFalse(proofOfWork.verify(challenge, null));
    }

    @Test
    void aChallengeServesOnce() {
        String challenge = proofOfWork.challenge();
        String solution = solve(challenge);

        assertTrue(proofOfWork.verify(challenge, solution));
        assertFalse(proofOfWork.verify(challenge, solution));
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String challenge = proofOfWork.challenge();
        String solution = solve(challenge);
        proofOfWork.clock = Clock.fixed(now.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);

        assertFalse(proofOfWork.verify(challenge, solution));
    }

    @Test
    void aChallengeWithALowerDifficultyWrittenInIsRefused() {
        String challenge = proofOfWork.challenge();
        String[] parts = challenge.split("\\.");
        String easier = parts[0] + "." + parts[1] + ".0." + parts[3];

        assertFalse(proofOfWork.verify(easier, "0"));
    }

    @Test
    void aChallengeFromAnotherServerSecretIsRefused() {
        ProofOfWork other = new ProofOfWork();
        other.difficulty = 10;
        other.clock = proofOfWork.clock;
        String foreign = other.challenge();

        assertFalse(proofOfWork.verify(foreign, solve(foreign)));
    }
}
