package fr.mcp.web.declaration;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.declaration.application.ControlAdministration;
import fr.mcp.declaration.application.NewControl;
import fr.mcp.declaration.domain.CheckType;
import fr.mcp.declaration.domain.CoherenceControl;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Caf back-office "Contrôles de cohérence": the dated versions, a new version, corrections, and their history. */
@Named
@ViewScoped
public class ControlsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ControlAdministration administration;

    private String code;
    private String facilityType = "*";
    private List<String> kinds = new ArrayList<>();
    private CheckType checkType;
    private String leftOperand;
    private String rightOperand;
    private BigDecimal threshold;
    private String message;
    private Integer fromYear;
    private final Map<Long, BigDecimal> thresholds = new HashMap<>();
    private final Map<Long, String> messages = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private transient List<CoherenceControl> controls;
    private transient List<AuditEntry> history;

    public void add() {
        try {
            administration.add(
                    new NewControl(
                            code,
                            facilityType,
                            kinds,
                            checkType,
                            leftOperand,
                            rightOperand,
                            threshold,
                            message,
                            fromYear),
                    Clients.current());
            Texts.info("controls.added");
            code = null;
            leftOperand = null;
            rightOperand = null;
            threshold = null;
            message = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        controls = null;
        history = null;
    }

    public void correct(long id) {
        try {
            administration.correct(id, versions.get(id), thresholds.get(id), messages.get(id), Clients.current());
            Texts.info("controls.corrected");
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        controls = null;
        history = null;
    }

    public List<CoherenceControl> getControls() {
        if (controls == null) {
            controls = administration.controls();
            controls.forEach(c -> {
                versions.put(c.getId(), c.getVersion());
                thresholds.putIfAbsent(c.getId(), c.getThreshold().stripTrailingZeros());
                messages.putIfAbsent(c.getId(), c.getMessage());
            });
        }
        return controls;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = administration.history(0, 50);
        }
        return history;
    }

    public CheckType[] getCheckTypes() {
        return CheckType.values();
    }

    public Map<Long, BigDecimal> getThresholds() {
        return thresholds;
    }

    public Map<Long, String> getMessages() {
        return messages;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(String facilityType) {
        this.facilityType = facilityType;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public CheckType getCheckType() {
        return checkType;
    }

    public void setCheckType(CheckType checkType) {
        this.checkType = checkType;
    }

    public String getLeftOperand() {
        return leftOperand;
    }

    public void setLeftOperand(String leftOperand) {
        this.leftOperand = leftOperand;
    }

    public String getRightOperand() {
        return rightOperand;
    }

    public void setRightOperand(String rightOperand) {
        this.rightOperand = rightOperand;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }
}
