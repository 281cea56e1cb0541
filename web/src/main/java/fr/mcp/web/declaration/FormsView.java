package fr.mcp.web.declaration;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.declaration.application.FieldCorrection;
import fr.mcp.declaration.application.FormAdministration;
import fr.mcp.declaration.application.NewFormField;
import fr.mcp.declaration.domain.FieldType;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.LineRole;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Caf back-office "Formulaires": the versions of a form by first year with the number of declarations using each, a new
 * version copied from the one in force, fields added, corrected or removed, and the history of changes.
 */
@Named
@ViewScoped
public class FormsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A version of the form: first year, declarations using it, fields in order. */
    public record Version(int fromYear, long declarations, List<FormField> fields) {}

    @Inject
    private transient FormAdministration administration;

    private String facilityType = FacilityType.RPE.name();
    private FormKind kind = FormKind.ACTIVITY;
    private Integer newVersionYear;
    private final FieldInput editing = new FieldInput();
    private Long editedId;
    private Long editedVersion;
    private String editedCode;
    private final FieldInput adding = new FieldInput();
    private transient List<Version> versions;
    private transient List<AuditEntry> history;

    public void show() {
        versions = null;
        editedId = null;
    }

    public void createVersion() {
        try {
            int copied = administration.newVersion(facilityType, kind, newVersionYear, Clients.current());
            Texts.info("forms.version.added", newVersionYear, copied);
            adding.setFromYear(newVersionYear);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        refresh();
    }

    public void edit(FormField field) {
        editedId = field.getId();
        editedVersion = field.getVersion();
        editedCode = field.getCode() + " (" + field.getFromYear() + ")";
        editing.fill(field);
    }

    public void saveEdit() {
        try {
            administration.correct(
                    editedId,
                    editedVersion,
                    new FieldCorrection(
                            editing.getLabel(),
                            editing.getUnit(),
                            editing.getHelp(),
                            editing.getSection(),
                            editing.getPosition(),
                            editing.getMinValue(),
                            editing.getMaxValue(),
                            editing.getRequiredKinds()),
                    Clients.current());
            Texts.info("forms.field.corrected");
            editedId = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        refresh();
    }

    public void cancelEdit() {
        editedId = null;
    }

    public void remove(FormField field) {
        try {
            administration.remove(field.getId(), field.getVersion(), Clients.current());
            Texts.info("forms.field.removed", field.getCode());
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        refresh();
    }

    public void add() {
        try {
            administration.addField(
                    new NewFormField(
                            facilityType,
                            kind,
                            adding.getFromYear(),
                            adding.getCode(),
                            adding.getLabel(),
                            adding.getUnit(),
                            adding.getValueType(),
                            adding.getMinValue(),
                            adding.getMaxValue(),
                            adding.getHelp(),
                            adding.getRequiredKinds(),
                            adding.getSection(),
                            adding.getLineRole(),
                            adding.getAggregation(),
                            adding.getPosition()),
                    Clients.current());
            Texts.info("forms.field.added", adding.getCode());
            adding.clear();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        refresh();
    }

    private void refresh() {
        versions = null;
        history = null;
    }

    public List<Version> getVersions() {
        if (versions == null) {
            Map<Integer, List<FormField>> byYear = new LinkedHashMap<>();
            try {
                administration.fields(facilityType, kind).forEach(f -> byYear.computeIfAbsent(
                                f.getFromYear(), y -> new ArrayList<>())
                        .add(f));
            } catch (RuntimeException e) {
                Violations.showOrRethrow(e);
            }
            versions = new ArrayList<>();
            byYear.forEach((year, fields) -> versions.add(
                    new Version(year, administration.declarationsUsing(facilityType, kind, year), fields)));
        }
        return versions;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = administration.history(0, 50);
        }
        return history;
    }

    public List<String> getFacilityTypes() {
        return Stream.concat(
                        Stream.of(FormField.ANY_TYPE),
                        Arrays.stream(FacilityType.values()).map(Enum::name))
                .toList();
    }

    public FormKind[] getKinds() {
        return FormKind.values();
    }

    public FieldType[] getValueTypes() {
        return FieldType.values();
    }

    public LineRole[] getLineRoles() {
        return LineRole.values();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getEditedCode() {
        return editedCode;
    }

    public FieldInput getCorrection() {
        return editing;
    }

    public FieldInput getAdding() {
        return adding;
    }

    public String getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(String facilityType) {
        this.facilityType = facilityType;
    }

    public FormKind getKind() {
        return kind;
    }

    public void setKind(FormKind kind) {
        this.kind = kind;
    }

    public Integer getNewVersionYear() {
        return newVersionYear;
    }

    public void setNewVersionYear(Integer newVersionYear) {
        this.newVersionYear = newVersionYear;
    }

    /** The values typed for a field, added or corrected. */
    public static final class FieldInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer fromYear;
        private String code;
        private String label;
        private String unit;
        private FieldType valueType = FieldType.DECIMAL;
        private BigDecimal minValue;
        private BigDecimal maxValue;
        private String help;
        private List<String> requiredKinds = new ArrayList<>();
        private String section;
        private LineRole lineRole = LineRole.NONE;
        private String aggregation = "SUM";
        private Integer position;

        void fill(FormField field) {
            label = field.getLabel();
            unit = field.getUnit();
            valueType = field.getValueType();
            minValue = field.getMinValue() == null ? null : field.getMinValue().stripTrailingZeros();
            maxValue = field.getMaxValue() == null ? null : field.getMaxValue().stripTrailingZeros();
            help = field.getHelp();
            requiredKinds = field.getRequiredKinds() == null
                    ? new ArrayList<>()
                    : new ArrayList<>(List.of(field.getRequiredKinds().split(",")));
            section = field.getSection();
            position = field.getPosition();
        }

        void clear() {
            code = null;
            label = null;
            help = null;
            minValue = null;
            maxValue = null;
            requiredKinds = new ArrayList<>();
            position = null;
        }

        public Integer getFromYear() {
            return fromYear;
        }

        public void setFromYear(Integer fromYear) {
            this.fromYear = fromYear;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public FieldType getValueType() {
            return valueType;
        }

        public void setValueType(FieldType valueType) {
            this.valueType = valueType;
        }

        public BigDecimal getMinValue() {
            return minValue;
        }

        public void setMinValue(BigDecimal minValue) {
            this.minValue = minValue;
        }

        public BigDecimal getMaxValue() {
            return maxValue;
        }

        public void setMaxValue(BigDecimal maxValue) {
            this.maxValue = maxValue;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }

        public List<String> getRequiredKinds() {
            return requiredKinds;
        }

        public void setRequiredKinds(List<String> requiredKinds) {
            this.requiredKinds = requiredKinds;
        }

        public String getSection() {
            return section;
        }

        public void setSection(String section) {
            this.section = section;
        }

        public LineRole getLineRole() {
            return lineRole;
        }

        public void setLineRole(LineRole lineRole) {
            this.lineRole = lineRole;
        }

        public String getAggregation() {
            return aggregation;
        }

        public void setAggregation(String aggregation) {
            this.aggregation = aggregation;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }
    }
}
