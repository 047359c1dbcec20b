"""The methods' text of the reader's dataclasses, as ``dataclasses`` writes it.

Written by ``scripts/dataclass_methods.py``: do not edit. ``appealgen.dataclass_code``
explains what it is for. ``CODE`` maps each text to the code of the function it defines.
"""

# ruff: noqa
from types import CodeType

CODE: dict[str, CodeType] = {}


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.billed,
                self.allowed,
                self.paid,
                self.patient_responsibility,
            ) == (
                other.billed,
                other.allowed,
                other.paid,
                other.patient_responsibility,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.billed,self.allowed,self.paid,self.patient_responsibility,)==(other.billed,other.allowed,other.paid,other.patient_responsibility,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.categories,
                self.primary,
                self.via,
                self.overruled,
            ) == (
                other.categories,
                other.primary,
                other.via,
                other.overruled,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.categories,self.primary,self.via,self.overruled,)==(other.categories,other.primary,other.via,other.overruled,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.category,
                self.priority,
                self.patterns,
                self.line,
            ) == (
                other.category,
                other.priority,
                other.patterns,
                other.line,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.category,self.priority,self.patterns,self.line,)==(other.category,other.priority,other.patterns,other.line,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.claim,
                self.status,
                self.filing,
                self.subscriber,
                self.patient,
                self.claim_adjs,
                self.claim_rarcs,
                self.claim_date,
                self.has_rendering,
            ) == (
                other.claim,
                other.status,
                other.filing,
                other.subscriber,
                other.patient,
                other.claim_adjs,
                other.claim_rarcs,
                other.claim_date,
                other.has_rendering,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.claim,self.status,self.filing,self.subscriber,self.patient,self.claim_adjs,self.claim_rarcs,self.claim_date,self.has_rendering,)==(other.claim,other.status,other.filing,other.subscriber,other.patient,other.claim_adjs,other.claim_rarcs,other.claim_date,other.has_rendering,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.claim,
                self.trace,
                self.line,
                self.base,
            ) == (
                other.claim,
                other.trace,
                other.line,
                other.base,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.claim,self.trace,self.line,self.base,)==(other.claim,other.trace,other.line,other.base,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.claim_number,
                self.patient_name,
                self.provider,
                self.service_lines,
                self.diagnosis_codes,
                self.totals,
                self.denied,
                self.denial,
            ) == (
                other.claim_number,
                other.patient_name,
                other.provider,
                other.service_lines,
                other.diagnosis_codes,
                other.totals,
                other.denied,
                other.denial,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.claim_number,self.patient_name,self.provider,self.service_lines,self.diagnosis_codes,self.totals,self.denied,self.denial,)==(other.claim_number,other.patient_name,other.provider,other.service_lines,other.diagnosis_codes,other.totals,other.denied,other.denial,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.code,
                self.description,
                self.categories,
                self.status,
            ) == (
                other.code,
                other.description,
                other.categories,
                other.status,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.description,self.categories,self.status,)==(other.code,other.description,other.categories,other.status,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.code,
                self.kind,
                self.meaning,
                self.fix,
            ) == (
                other.code,
                other.kind,
                other.meaning,
                other.fix,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.kind,self.meaning,self.fix,)==(other.code,other.kind,other.meaning,other.fix,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.code,
                self.system,
                self.description,
                self.role,
                self.note,
                self.billable,
            ) == (
                other.code,
                other.system,
                other.description,
                other.role,
                other.note,
                other.billable,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.system,self.description,self.role,self.note,self.billable,)==(other.code,other.system,other.description,other.role,other.note,other.billable,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.column,
                self.prior,
            ) == (
                other.column,
                other.prior,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.column,self.prior,)==(other.column,other.prior,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.confidence,
                self.sure,
                self.source,
                self.reader,
                self.page,
                self.bbox,
                self.text,
                self.reason,
            ) == (
                other.confidence,
                other.sure,
                other.source,
                other.reader,
                other.page,
                other.bbox,
                other.text,
                other.reason,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.confidence,self.sure,self.source,self.reader,self.page,self.bbox,self.text,self.reason,)==(other.confidence,other.sure,other.source,other.reader,other.page,other.bbox,other.text,other.reason,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.date_of_service,
                self.procedure_code,
                self.modifiers,
                self.units,
                self.diagnosis_codes,
                self.billed,
                self.allowed,
                self.paid,
                self.patient_responsibility,
                self.adjustments,
                self.remark_codes,
            ) == (
                other.date_of_service,
                other.procedure_code,
                other.modifiers,
                other.units,
                other.diagnosis_codes,
                other.billed,
                other.allowed,
                other.paid,
                other.patient_responsibility,
                other.adjustments,
                other.remark_codes,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.date_of_service,self.procedure_code,self.modifiers,self.units,self.diagnosis_codes,self.billed,self.allowed,self.paid,self.patient_responsibility,self.adjustments,self.remark_codes,)==(other.date_of_service,other.procedure_code,other.modifiers,other.units,other.diagnosis_codes,other.billed,other.allowed,other.paid,other.patient_responsibility,other.adjustments,other.remark_codes,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.deadline_kinds,
                self.plan_clock,
                self.continuation,
                self.later_start,
                self.grandfathered,
            ) == (
                other.deadline_kinds,
                other.plan_clock,
                other.continuation,
                other.later_start,
                other.grandfathered,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.deadline_kinds,self.plan_clock,self.continuation,self.later_start,self.grandfathered,)==(other.deadline_kinds,other.plan_clock,other.continuation,other.later_start,other.grandfathered,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.denied_because,
                self.gives_cause,
                self.your_care,
                self.owed,
                self.allowed,
                self.paid,
                self.billed,
                self.total,
                self.other_date,
            ) == (
                other.denied_because,
                other.gives_cause,
                other.your_care,
                other.owed,
                other.allowed,
                other.paid,
                other.billed,
                other.total,
                other.other_date,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.denied_because,self.gives_cause,self.your_care,self.owed,self.allowed,self.paid,self.billed,self.total,self.other_date,)==(other.denied_because,other.gives_cause,other.your_care,other.owed,other.allowed,other.paid,other.billed,other.total,other.other_date,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.documents,
                self.arguments,
                self.venue,
                self.deadlines,
                self.warnings,
                self.call_points,
                self.call_points_provider,
                self.suggestions,
                self.funding,
                self.final_internal_denial,
                self.track,
                self.stage,
                self.stage_reason,
                self.today,
                self.overdue,
                self.appeal_late,
                self.grandfathered,
                self.not_lactation_care,
                self.billing_defects,
                self.reasons_to_confirm,
            ) == (
                other.documents,
                other.arguments,
                other.venue,
                other.deadlines,
                other.warnings,
                other.call_points,
                other.call_points_provider,
                other.suggestions,
                other.funding,
                other.final_internal_denial,
                other.track,
                other.stage,
                other.stage_reason,
                other.today,
                other.overdue,
                other.appeal_late,
                other.grandfathered,
                other.not_lactation_care,
                other.billing_defects,
                other.reasons_to_confirm,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.documents,self.arguments,self.venue,self.deadlines,self.warnings,self.call_points,self.call_points_provider,self.suggestions,self.funding,self.final_internal_denial,self.track,self.stage,self.stage_reason,self.today,self.overdue,self.appeal_late,self.grandfathered,self.not_lactation_care,self.billing_defects,self.reasons_to_confirm,)==(other.documents,other.arguments,other.venue,other.deadlines,other.warnings,other.call_points,other.call_points_provider,other.suggestions,other.funding,other.final_internal_denial,other.track,other.stage,other.stage_reason,other.today,other.overdue,other.appeal_late,other.grandfathered,other.not_lactation_care,other.billing_defects,other.reasons_to_confirm,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.element,
                self.component,
                self.terminator,
            ) == (
                other.element,
                other.component,
                other.terminator,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.element,self.component,self.terminator,)==(other.element,other.component,other.terminator,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.entity,
                self.payee,
                self.payers_seen,
                self.payer_phones,
                self.production_date,
                self.payment_date,
            ) == (
                other.entity,
                other.payee,
                other.payers_seen,
                other.payer_phones,
                other.production_date,
                other.payment_date,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.entity,self.payee,self.payers_seen,self.payer_phones,self.production_date,self.payment_date,)==(other.entity,other.payee,other.payers_seen,other.payer_phones,other.production_date,other.payment_date,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.field,
                self.score,
                self.exact,
            ) == (
                other.field,
                other.score,
                other.exact,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.score,self.exact,)==(other.field,other.score,other.exact,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.field,
                self.value,
                self.line,
                self.label,
                self.exact,
                self.score,
            ) == (
                other.field,
                other.value,
                other.line,
                other.label,
                other.exact,
                other.score,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.field,self.value,self.line,self.label,self.exact,self.score,)==(other.field,other.value,other.line,other.label,other.exact,other.score,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.fields,
                self.columns,
                self.titles,
            ) == (
                other.fields,
                other.columns,
                other.titles,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fields,self.columns,self.titles,)==(other.fields,other.columns,other.titles,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.file,
                self.sha256,
                self.pages,
                self.ocr_used,
                self.kind,
            ) == (
                other.file,
                other.sha256,
                other.pages,
                other.ocr_used,
                other.kind,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.sha256,self.pages,self.ocr_used,self.kind,)==(other.file,other.sha256,other.pages,other.ocr_used,other.kind,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.funding_outright,
                self.organisation,
                self.network,
                self.other_number_labels,
                self.status_denied,
                self.status_paid,
                self.plan_types,
                self.claim_label_words,
                self.other_reference_words,
                self.appeal_rights,
                self.phone_context,
                self.phone_elsewhere,
                self.street_words,
                self.name_particles,
                self.document_words,
                self.provider_words,
                self.code_key_titles,
            ) == (
                other.funding_outright,
                other.organisation,
                other.network,
                other.other_number_labels,
                other.status_denied,
                other.status_paid,
                other.plan_types,
                other.claim_label_words,
                other.other_reference_words,
                other.appeal_rights,
                other.phone_context,
                other.phone_elsewhere,
                other.street_words,
                other.name_particles,
                other.document_words,
                other.provider_words,
                other.code_key_titles,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.funding_outright,self.organisation,self.network,self.other_number_labels,self.status_denied,self.status_paid,self.plan_types,self.claim_label_words,self.other_reference_words,self.appeal_rights,self.phone_context,self.phone_elsewhere,self.street_words,self.name_particles,self.document_words,self.provider_words,self.code_key_titles,)==(other.funding_outright,other.organisation,other.network,other.other_number_labels,other.status_denied,other.status_paid,other.plan_types,other.claim_label_words,other.other_reference_words,other.appeal_rights,other.phone_context,other.phone_elsewhere,other.street_words,other.name_particles,other.document_words,other.provider_words,other.code_key_titles,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.group,
                self.code,
                self.amount,
            ) == (
                other.group,
                other.code,
                other.amount,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.group,self.code,self.amount,)==(other.group,other.code,other.amount,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.header,
                self.claims,
            ) == (
                other.header,
                other.claims,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.header,self.claims,)==(other.header,other.claims,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.header_index,
                self.columns,
                self.rows,
                self.end_index,
            ) == (
                other.header_index,
                other.columns,
                other.rows,
                other.end_index,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.header_index,self.columns,self.rows,self.end_index,)==(other.header_index,other.columns,other.rows,other.end_index,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.heads,
                self.needs,
                self.fits,
                self.rules_out,
            ) == (
                other.heads,
                other.needs,
                other.fits,
                other.rules_out,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.heads,self.needs,self.fits,self.rules_out,)==(other.heads,other.needs,other.fits,other.rules_out,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.id,
                self.answers,
                self.citations,
                self.reason,
                self.title,
                self.text,
                self.citation_urls,
            ) == (
                other.id,
                other.answers,
                other.citations,
                other.reason,
                other.title,
                other.text,
                other.citation_urls,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.answers,self.citations,self.reason,self.title,self.text,self.citation_urls,)==(other.id,other.answers,other.citations,other.reason,other.title,other.text,other.citation_urls,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.id,
                self.priority,
                self.description,
                self.choice,
            ) == (
                other.id,
                other.priority,
                other.description,
                other.choice,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.priority,self.description,self.choice,)==(other.id,other.priority,other.description,other.choice,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.internal_appeal,
                self.external_review,
                self.reasons,
                self.fair_hearing,
            ) == (
                other.internal_appeal,
                other.external_review,
                other.reasons,
                other.fair_hearing,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.internal_appeal,self.external_review,self.reasons,self.fair_hearing,)==(other.internal_appeal,other.external_review,other.reasons,other.fair_hearing,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.kind,
                self.file,
                self.claim_numbers,
                self.recipient,
                self.reason,
            ) == (
                other.kind,
                other.file,
                other.claim_numbers,
                other.recipient,
                other.reason,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.file,self.claim_numbers,self.recipient,self.reason,)==(other.kind,other.file,other.claim_numbers,other.recipient,other.reason,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.kind,
                self.name,
                self.url,
                self.phone,
                self.reason,
                self.state,
                self.guidance,
            ) == (
                other.kind,
                other.name,
                other.url,
                other.phone,
                other.reason,
                other.state,
                other.guidance,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.name,self.url,self.phone,self.reason,self.state,self.guidance,)==(other.kind,other.name,other.url,other.phone,other.reason,other.state,other.guidance,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.label,
                self.value,
                self.fields,
                self.exact,
                self.score,
                self.start,
                self.comma,
            ) == (
                other.label,
                other.value,
                other.fields,
                other.exact,
                other.score,
                other.start,
                other.comma,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.value,self.fields,self.exact,self.score,self.start,self.comma,)==(other.label,other.value,other.fields,other.exact,other.score,other.start,other.comma,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.label,
                self.value,
                self.lines,
            ) == (
                other.label,
                other.value,
                other.lines,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.value,self.lines,)==(other.label,other.value,other.lines,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.labels,
                self.rules,
                self.conditional,
                self.conditional_after,
                self.window,
            ) == (
                other.labels,
                other.rules,
                other.conditional,
                other.conditional_after,
                other.window,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.labels,self.rules,self.conditional,self.conditional_after,self.window,)==(other.labels,other.rules,other.conditional,other.conditional_after,other.window,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.line,
                self.cell,
                self.start,
                self.end,
            ) == (
                other.line,
                other.cell,
                other.start,
                other.end,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.cell,self.start,self.end,)==(other.line,other.cell,other.start,other.end,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.line,
                self.page,
                self.bbox,
                self.text,
                self.word_conf,
            ) == (
                other.line,
                other.page,
                other.bbox,
                other.text,
                other.word_conf,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.page,self.bbox,self.text,self.word_conf,)==(other.line,other.page,other.bbox,other.text,other.word_conf,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.line_index,
                self.cells,
                self.text,
                self.is_total,
                self.extra,
                self.extra_lines,
                self.group,
                self.id_in_cell,
            ) == (
                other.line_index,
                other.cells,
                other.text,
                other.is_total,
                other.extra,
                other.extra_lines,
                other.group,
                other.id_in_cell,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line_index,self.cells,self.text,self.is_total,self.extra,self.extra_lines,self.group,self.id_in_cell,)==(other.line_index,other.cells,other.text,other.is_total,other.extra,other.extra_lines,other.group,other.id_in_cell,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.line_tolerance,
                self.cell_gap,
                self.min_cell_gap_pt,
                self.edge_band,
                self.page_mark_strip,
                self.page_mark_max_size,
                self.column_gutter_pt,
                self.column_min_lines,
                self.column_offset,
                self.column_min_offset_lines,
                self.column_offset_share,
                self.column_join_gap,
                self.transposed_min_rows,
                self.transposed_row_gap,
                self.transposed_uniform_share,
                self.transposed_gap_chars,
                self.column_max_depth,
                self.stack_max_gap,
                self.kv_align_pt,
                self.kv_max_label_words,
                self.box_align_pt,
                self.heading_gap_chars,
                self.header_band_gap,
                self.row_end_gap,
                self.continuation_gap,
                self.sample_rows,
                self.max_heading_words,
                self.sure_threshold,
                self.ocr_low_word_confidence,
                self.ocr_ceiling,
                self.ocr_poor_page_share,
                self.ocr_psm,
                self.ocr_language,
                self.ocr_accent_language,
                self.ocr_accent_most,
                self.ocr_thresholding,
                self.ocr_min_confidence,
                self.ocr_dash_confidence,
                self.ocr_repaired_confidence,
                self.ocr_mark_band,
                self.ocr_mark_ink,
                self.ocr_border_height,
                self.ocr_hairline,
                self.ocr_join_gap,
                self.ocr_min_spaces,
                self.ocr_tall_word,
                self.ocr_ink_pad,
                self.ocr_pad_gap,
                self.ocr_type_boxes,
                self.ocr_garbled_words,
                self.ocr_garbled_confidence,
                self.ocr_second_psm,
                self.ocr_orientation,
                self.ocr_upright_share,
                self.ocr_upright_confidence,
                self.ocr_osd_dpi,
                self.ocr_osd_confidence,
                self.ocr_turn_band,
                self.ocr_bilevel_share,
                self.ocr_speck_in2,
                self.ocr_bilevel_blur_in,
                self.ocr_bilevel_grow_in,
                self.ocr_paper_dpi,
                self.ocr_paper_window_in,
                self.ocr_paper_low_share,
                self.ocr_paper_spread,
                self.ocr_dark_paper,
                self.ocr_paper_floor,
                self.ocr_max_skew,
                self.ocr_rule_width_in,
                self.ocr_rule_height_in,
                self.ocr_rule_full,
                self.ocr_rule_fringe,
                self.ocr_leader_clear_in,
                self.ocr_leader_dot_in,
                self.ocr_leader_reach_in,
                self.ocr_leader_full,
                self.ocr_leader_dots,
            ) == (
                other.line_tolerance,
                other.cell_gap,
                other.min_cell_gap_pt,
                other.edge_band,
                other.page_mark_strip,
                other.page_mark_max_size,
                other.column_gutter_pt,
                other.column_min_lines,
                other.column_offset,
                other.column_min_offset_lines,
                other.column_offset_share,
                other.column_join_gap,
                other.transposed_min_rows,
                other.transposed_row_gap,
                other.transposed_uniform_share,
                other.transposed_gap_chars,
                other.column_max_depth,
                other.stack_max_gap,
                other.kv_align_pt,
                other.kv_max_label_words,
                other.box_align_pt,
                other.heading_gap_chars,
                other.header_band_gap,
                other.row_end_gap,
                other.continuation_gap,
                other.sample_rows,
                other.max_heading_words,
                other.sure_threshold,
                other.ocr_low_word_confidence,
                other.ocr_ceiling,
                other.ocr_poor_page_share,
                other.ocr_psm,
                other.ocr_language,
                other.ocr_accent_language,
                other.ocr_accent_most,
                other.ocr_thresholding,
                other.ocr_min_confidence,
                other.ocr_dash_confidence,
                other.ocr_repaired_confidence,
                other.ocr_mark_band,
                other.ocr_mark_ink,
                other.ocr_border_height,
                other.ocr_hairline,
                other.ocr_join_gap,
                other.ocr_min_spaces,
                other.ocr_tall_word,
                other.ocr_ink_pad,
                other.ocr_pad_gap,
                other.ocr_type_boxes,
                other.ocr_garbled_words,
                other.ocr_garbled_confidence,
                other.ocr_second_psm,
                other.ocr_orientation,
                other.ocr_upright_share,
                other.ocr_upright_confidence,
                other.ocr_osd_dpi,
                other.ocr_osd_confidence,
                other.ocr_turn_band,
                other.ocr_bilevel_share,
                other.ocr_speck_in2,
                other.ocr_bilevel_blur_in,
                other.ocr_bilevel_grow_in,
                other.ocr_paper_dpi,
                other.ocr_paper_window_in,
                other.ocr_paper_low_share,
                other.ocr_paper_spread,
                other.ocr_dark_paper,
                other.ocr_paper_floor,
                other.ocr_max_skew,
                other.ocr_rule_width_in,
                other.ocr_rule_height_in,
                other.ocr_rule_full,
                other.ocr_rule_fringe,
                other.ocr_leader_clear_in,
                other.ocr_leader_dot_in,
                other.ocr_leader_reach_in,
                other.ocr_leader_full,
                other.ocr_leader_dots,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line_tolerance,self.cell_gap,self.min_cell_gap_pt,self.edge_band,self.page_mark_strip,self.page_mark_max_size,self.column_gutter_pt,self.column_min_lines,self.column_offset,self.column_min_offset_lines,self.column_offset_share,self.column_join_gap,self.transposed_min_rows,self.transposed_row_gap,self.transposed_uniform_share,self.transposed_gap_chars,self.column_max_depth,self.stack_max_gap,self.kv_align_pt,self.kv_max_label_words,self.box_align_pt,self.heading_gap_chars,self.header_band_gap,self.row_end_gap,self.continuation_gap,self.sample_rows,self.max_heading_words,self.sure_threshold,self.ocr_low_word_confidence,self.ocr_ceiling,self.ocr_poor_page_share,self.ocr_psm,self.ocr_language,self.ocr_accent_language,self.ocr_accent_most,self.ocr_thresholding,self.ocr_min_confidence,self.ocr_dash_confidence,self.ocr_repaired_confidence,self.ocr_mark_band,self.ocr_mark_ink,self.ocr_border_height,self.ocr_hairline,self.ocr_join_gap,self.ocr_min_spaces,self.ocr_tall_word,self.ocr_ink_pad,self.ocr_pad_gap,self.ocr_type_boxes,self.ocr_garbled_words,self.ocr_garbled_confidence,self.ocr_second_psm,self.ocr_orientation,self.ocr_upright_share,self.ocr_upright_confidence,self.ocr_osd_dpi,self.ocr_osd_confidence,self.ocr_turn_band,self.ocr_bilevel_share,self.ocr_speck_in2,self.ocr_bilevel_blur_in,self.ocr_bilevel_grow_in,self.ocr_paper_dpi,self.ocr_paper_window_in,self.ocr_paper_low_share,self.ocr_paper_spread,self.ocr_dark_paper,self.ocr_paper_floor,self.ocr_max_skew,self.ocr_rule_width_in,self.ocr_rule_height_in,self.ocr_rule_full,self.ocr_rule_fringe,self.ocr_leader_clear_in,self.ocr_leader_dot_in,self.ocr_leader_reach_in,self.ocr_leader_full,self.ocr_leader_dots,)==(other.line_tolerance,other.cell_gap,other.min_cell_gap_pt,other.edge_band,other.page_mark_strip,other.page_mark_max_size,other.column_gutter_pt,other.column_min_lines,other.column_offset,other.column_min_offset_lines,other.column_offset_share,other.column_join_gap,other.transposed_min_rows,other.transposed_row_gap,other.transposed_uniform_share,other.transposed_gap_chars,other.column_max_depth,other.stack_max_gap,other.kv_align_pt,other.kv_max_label_words,other.box_align_pt,other.heading_gap_chars,other.header_band_gap,other.row_end_gap,other.continuation_gap,other.sample_rows,other.max_heading_words,other.sure_threshold,other.ocr_low_word_confidence,other.ocr_ceiling,other.ocr_poor_page_share,other.ocr_psm,other.ocr_language,other.ocr_accent_language,other.ocr_accent_most,other.ocr_thresholding,other.ocr_min_confidence,other.ocr_dash_confidence,other.ocr_repaired_confidence,other.ocr_mark_band,other.ocr_mark_ink,other.ocr_border_height,other.ocr_hairline,other.ocr_join_gap,other.ocr_min_spaces,other.ocr_tall_word,other.ocr_ink_pad,other.ocr_pad_gap,other.ocr_type_boxes,other.ocr_garbled_words,other.ocr_garbled_confidence,other.ocr_second_psm,other.ocr_orientation,other.ocr_upright_share,other.ocr_upright_confidence,other.ocr_osd_dpi,other.ocr_osd_confidence,other.ocr_turn_band,other.ocr_bilevel_share,other.ocr_speck_in2,other.ocr_bilevel_blur_in,other.ocr_bilevel_grow_in,other.ocr_paper_dpi,other.ocr_paper_window_in,other.ocr_paper_low_share,other.ocr_paper_spread,other.ocr_dark_paper,other.ocr_paper_floor,other.ocr_max_skew,other.ocr_rule_width_in,other.ocr_rule_height_in,other.ocr_rule_full,other.ocr_rule_fringe,other.ocr_leader_clear_in,other.ocr_leader_dot_in,other.ocr_leader_reach_in,other.ocr_leader_full,other.ocr_leader_dots,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.lines,
                self.found,
                self.text,
                self.glossary,
                self.glossary_lines,
                self.settings,
                self.traces,
                self.code_notes,
            ) == (
                other.lines,
                other.found,
                other.text,
                other.glossary,
                other.glossary_lines,
                other.settings,
                other.traces,
                other.code_notes,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.found,self.text,self.glossary,self.glossary_lines,self.settings,self.traces,self.code_notes,)==(other.lines,other.found,other.text,other.glossary,other.glossary_lines,other.settings,other.traces,other.code_notes,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.lines,
                self.prefix,
                self.pairs,
            ) == (
                other.lines,
                other.prefix,
                other.pairs,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.prefix,self.pairs,)==(other.lines,other.prefix,other.pairs,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.lines,
                self.totals,
                self.texts,
                self.dates,
            ) == (
                other.lines,
                other.totals,
                other.texts,
                other.dates,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.totals,self.texts,self.dates,)==(other.lines,other.totals,other.texts,other.dates,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.min_score,
                self.filler,
                self.rules,
                self.other,
            ) == (
                other.min_score,
                other.filler,
                other.rules,
                other.other,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.min_score,self.filler,self.rules,self.other,)==(other.min_score,other.filler,other.rules,other.other,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.id,
                self.state,
            ) == (
                other.name,
                other.id,
                other.state,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.id,self.state,)==(other.name,other.id,other.state,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.npi,
            ) == (
                other.name,
                other.npi,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.npi,)==(other.name,other.npi,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.npi,
                self.network,
            ) == (
                other.name,
                other.npi,
                other.network,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.npi,self.network,)==(other.name,other.npi,other.network,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.payer,
                self.fingerprint,
                self.words,
                self.fields,
                self.kind,
                self.confirmed,
                self.codes,
                self.not_printed,
                self.learned_from,
            ) == (
                other.name,
                other.payer,
                other.fingerprint,
                other.words,
                other.fields,
                other.kind,
                other.confirmed,
                other.codes,
                other.not_printed,
                other.learned_from,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.payer,self.fingerprint,self.words,self.fields,self.kind,self.confirmed,self.codes,self.not_printed,self.learned_from,)==(other.name,other.payer,other.fingerprint,other.words,other.fields,other.kind,other.confirmed,other.codes,other.not_printed,other.learned_from,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.state,
                self.line,
                self.po_box,
            ) == (
                other.name,
                other.state,
                other.line,
                other.po_box,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.state,self.line,self.po_box,)==(other.name,other.state,other.line,other.po_box,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.state,
                self.phone,
            ) == (
                other.name,
                other.state,
                other.phone,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.state,self.phone,)==(other.name,other.state,other.phone,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.type,
                self.funding,
                self.group_number,
            ) == (
                other.name,
                other.type,
                other.funding,
                other.group_number,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.type,self.funding,self.group_number,)==(other.name,other.type,other.funding,other.group_number,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.name,
                self.x0,
                self.x1,
                self.label,
            ) == (
                other.name,
                other.x0,
                other.x1,
                other.label,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.x0,self.x1,self.label,)==(other.name,other.x0,other.x1,other.label,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.number,
                self.fields,
                self.lines,
                self.line_keys,
            ) == (
                other.number,
                other.fields,
                other.lines,
                other.line_keys,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.number,self.fields,self.lines,self.line_keys,)==(other.number,other.fields,other.lines,other.line_keys,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.number,
                self.width,
                self.height,
                self.words,
                self.has_images,
                self.turned,
            ) == (
                other.number,
                other.width,
                other.height,
                other.words,
                other.has_images,
                other.turned,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.number,self.width,self.height,self.words,self.has_images,self.turned,)==(other.number,other.width,other.height,other.words,other.has_images,other.turned,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.org_words,
                self.not_payer,
                self.funding,
                self.denied,
                self.paid,
                self.reason_heading,
                self.general,
                self.heading,
            ) == (
                other.org_words,
                other.not_payer,
                other.funding,
                other.denied,
                other.paid,
                other.reason_heading,
                other.general,
                other.heading,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.org_words,self.not_payer,self.funding,self.denied,self.paid,self.reason_heading,self.general,self.heading,)==(other.org_words,other.not_payer,other.funding,other.denied,other.paid,other.reason_heading,other.general,other.heading,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.page,
                self.top,
                self.bottom,
                self.words,
                self.cells,
                self.page_height,
                self.page_width,
            ) == (
                other.page,
                other.top,
                other.bottom,
                other.words,
                other.cells,
                other.page_height,
                other.page_width,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.page,self.top,self.bottom,self.words,self.cells,self.page_height,self.page_width,)==(other.page,other.top,other.bottom,other.words,other.cells,other.page_height,other.page_width,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.parse,
                self.decision,
            ) == (
                other.parse,
                other.decision,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.parse,self.decision,)==(other.parse,other.decision,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.path,
                self.sha256,
                self.kind,
                self.pages,
                self.page_count,
                self.ocr_used,
                self.raw_text,
            ) == (
                other.path,
                other.sha256,
                other.kind,
                other.pages,
                other.page_count,
                other.ocr_used,
                other.raw_text,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.sha256,self.kind,self.pages,self.page_count,self.ocr_used,self.raw_text,)==(other.path,other.sha256,other.kind,other.pages,other.page_count,other.ocr_used,other.raw_text,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.path,
                self.value,
                self.spot,
                self.line,
                self.row,
            ) == (
                other.path,
                other.value,
                other.spot,
                other.line,
                other.row,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.value,self.spot,self.line,self.row,)==(other.path,other.value,other.spot,other.line,other.row,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.payer,
                self.words,
            ) == (
                other.payer,
                other.words,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.payer,self.words,)==(other.payer,other.words,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.procedure_roles,
                self.procedure_codes,
                self.neutral_roles,
                self.diagnosis_prefixes,
                self.provider_patterns,
                self.reason_patterns,
                self.billing_defects,
            ) == (
                other.procedure_roles,
                other.procedure_codes,
                other.neutral_roles,
                other.diagnosis_prefixes,
                other.provider_patterns,
                other.reason_patterns,
                other.billing_defects,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.procedure_roles,self.procedure_codes,self.neutral_roles,self.diagnosis_prefixes,self.provider_patterns,self.reason_patterns,self.billing_defects,)==(other.procedure_roles,other.procedure_codes,other.neutral_roles,other.diagnosis_prefixes,other.provider_patterns,other.reason_patterns,other.billing_defects,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.reader,
                self.lines,
                self.cells,
                self.columns,
                self.unheaded,
            ) == (
                other.reader,
                other.lines,
                other.cells,
                other.columns,
                other.unheaded,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reader,self.lines,self.cells,self.columns,self.unheaded,)==(other.reader,other.lines,other.cells,other.columns,other.unheaded,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.reader,
                self.lines,
                self.codes,
                self.services,
                self.totals,
                self.totals_via,
                self.outside,
            ) == (
                other.reader,
                other.lines,
                other.codes,
                other.services,
                other.totals,
                other.totals_via,
                other.outside,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reader,self.lines,self.codes,self.services,self.totals,self.totals_via,self.outside,)==(other.reader,other.lines,other.codes,other.services,other.totals,other.totals_via,other.outside,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.reason_text,
                self.carc,
                self.rarc,
                self.categories,
                self.primary_category,
            ) == (
                other.reason_text,
                other.carc,
                other.rarc,
                other.categories,
                other.primary_category,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reason_text,self.carc,self.rarc,self.categories,self.primary_category,)==(other.reason_text,other.carc,other.rarc,other.categories,other.primary_category,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.rec,
                self.ctx,
                self.result,
                self.claim,
                self.trace,
                self.span,
                self.base,
            ) == (
                other.rec,
                other.ctx,
                other.result,
                other.claim,
                other.trace,
                other.span,
                other.base,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rec,self.ctx,self.result,self.claim,self.trace,self.span,self.base,)==(other.rec,other.ctx,other.result,other.claim,other.trace,other.span,other.base,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.right,
                self.total,
                self.per_field,
                self.misses,
            ) == (
                other.right,
                other.total,
                other.per_field,
                other.misses,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.right,self.total,self.per_field,self.misses,)==(other.right,other.total,other.per_field,other.misses,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.source,
                self.payer,
                self.plan,
                self.member,
                self.notice_date,
                self.claims,
                self.warnings,
                self.schema_version,
                self.evidence,
                self.not_printed,
                self.layout,
                self.notice_text,
            ) == (
                other.source,
                other.payer,
                other.plan,
                other.member,
                other.notice_date,
                other.claims,
                other.warnings,
                other.schema_version,
                other.evidence,
                other.not_printed,
                other.layout,
                other.notice_text,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.payer,self.plan,self.member,self.notice_date,self.claims,self.warnings,self.schema_version,self.evidence,self.not_printed,self.layout,self.notice_text,)==(other.source,other.payer,other.plan,other.member,other.notice_date,other.claims,other.warnings,other.schema_version,other.evidence,other.not_printed,other.layout,other.notice_text,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.spans,
                self.reader,
                self.services,
                self.claim_number_via,
                self.patient_via,
                self.provider_via,
                self.totals_via,
                self.totals_at,
                self.totals_columns,
                self.totals_lines,
                self.codes_via,
                self.denied_via,
                self.denial_strength,
                self.category_via,
                self.category_overruled,
                self.reason_headed,
            ) == (
                other.spans,
                other.reader,
                other.services,
                other.claim_number_via,
                other.patient_via,
                other.provider_via,
                other.totals_via,
                other.totals_at,
                other.totals_columns,
                other.totals_lines,
                other.codes_via,
                other.denied_via,
                other.denial_strength,
                other.category_via,
                other.category_overruled,
                other.reason_headed,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.spans,self.reader,self.services,self.claim_number_via,self.patient_via,self.provider_via,self.totals_via,self.totals_at,self.totals_columns,self.totals_lines,self.codes_via,self.denied_via,self.denial_strength,self.category_via,self.category_overruled,self.reason_headed,)==(other.spans,other.reader,other.services,other.claim_number_via,other.patient_via,other.provider_via,other.totals_via,other.totals_at,other.totals_columns,other.totals_lines,other.codes_via,other.denied_via,other.denial_strength,other.category_via,other.category_overruled,other.reason_headed,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.spans,
                self.rows,
                self.text,
                self.found,
            ) == (
                other.spans,
                other.rows,
                other.text,
                other.found,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.spans,self.rows,self.text,self.found,)==(other.spans,other.rows,other.text,other.found,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.start,
                self.rows,
                self.slots,
                self.title,
            ) == (
                other.start,
                other.rows,
                other.slots,
                other.title,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.rows,self.slots,self.title,)==(other.start,other.rows,other.slots,other.title,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.sure_right,
                self.sure_wrong,
                self.unsure_right,
                self.unsure_wrong,
                self.wrong_sure,
                self.right_unsure,
            ) == (
                other.sure_right,
                other.sure_wrong,
                other.unsure_right,
                other.unsure_wrong,
                other.wrong_sure,
                other.right_unsure,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.sure_right,self.sure_wrong,self.unsure_right,self.unsure_wrong,self.wrong_sure,self.right_unsure,)==(other.sure_right,other.sure_wrong,other.unsure_right,other.unsure_wrong,other.wrong_sure,other.right_unsure,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.text,
                self.x0,
                self.x1,
            ) == (
                other.text,
                other.x0,
                other.x1,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,)==(other.text,other.x0,other.x1,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.text,
                self.x0,
                self.x1,
                self.top,
                self.bottom,
                self.size,
                self.bold,
                self.conf,
                self.printed,
            ) == (
                other.text,
                other.x0,
                other.x1,
                other.top,
                other.bottom,
                other.size,
                other.bold,
                other.conf,
                other.printed,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.size,self.bold,self.conf,self.printed,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.size,other.bold,other.conf,other.printed,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.text,
                self.x0,
                self.x1,
                self.v0,
                self.v1,
                self.align,
            ) == (
                other.text,
                other.x0,
                other.x1,
                other.v0,
                other.v1,
                other.align,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.v0,self.v1,self.align,)==(other.text,other.x0,other.x1,other.v0,other.v1,other.align,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.text,
                self.x0,
                self.x1,
                self.words,
            ) == (
                other.text,
                other.x0,
                other.x1,
                other.words,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.words,)==(other.text,other.x0,other.x1,other.words,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.total_rows,) == (other.total_rows,)
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.total_rows,)==(other.total_rows,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.transmission_words,
                self.page_counters,
                self.web_addresses,
            ) == (
                other.transmission_words,
                other.page_counters,
                other.web_addresses,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.transmission_words,self.page_counters,self.web_addresses,)==(other.transmission_words,other.page_counters,other.web_addresses,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.turn,
                self.width,
                self.height,
                self.words,
            ) == (
                other.turn,
                other.width,
                other.height,
                other.words,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.turn,self.width,self.height,self.words,)==(other.turn,other.width,other.height,other.words,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (
                self.x0,
                self.x1,
                self.top,
                self.bottom,
                self.conf,
            ) == (
                other.x0,
                other.x1,
                other.top,
                other.bottom,
                other.conf,
            )
        return NotImplemented

    return __eq__


CODE[
    "def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.x0,self.x1,self.top,self.bottom,self.conf,)==(other.x0,other.x1,other.top,other.bottom,other.conf,)\n  return NotImplemented\n return __eq__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.category,
                self.priority,
                self.patterns,
                self.line,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.category,self.priority,self.patterns,self.line,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.claim,
                self.trace,
                self.line,
                self.base,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.claim,self.trace,self.line,self.base,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.code,
                self.description,
                self.categories,
                self.status,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.description,self.categories,self.status,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.code,
                self.kind,
                self.meaning,
                self.fix,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.kind,self.meaning,self.fix,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.code,
                self.system,
                self.description,
                self.role,
                self.note,
                self.billable,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.system,self.description,self.role,self.note,self.billable,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.deadline_kinds,
                self.plan_clock,
                self.continuation,
                self.later_start,
                self.grandfathered,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.deadline_kinds,self.plan_clock,self.continuation,self.later_start,self.grandfathered,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.denied_because,
                self.gives_cause,
                self.your_care,
                self.owed,
                self.allowed,
                self.paid,
                self.billed,
                self.total,
                self.other_date,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.denied_because,self.gives_cause,self.your_care,self.owed,self.allowed,self.paid,self.billed,self.total,self.other_date,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.field,
                self.score,
                self.exact,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.field,self.score,self.exact,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.fields,
                self.columns,
                self.titles,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.fields,self.columns,self.titles,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.funding_outright,
                self.organisation,
                self.network,
                self.other_number_labels,
                self.status_denied,
                self.status_paid,
                self.plan_types,
                self.claim_label_words,
                self.other_reference_words,
                self.appeal_rights,
                self.phone_context,
                self.phone_elsewhere,
                self.street_words,
                self.name_particles,
                self.document_words,
                self.provider_words,
                self.code_key_titles,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.funding_outright,self.organisation,self.network,self.other_number_labels,self.status_denied,self.status_paid,self.plan_types,self.claim_label_words,self.other_reference_words,self.appeal_rights,self.phone_context,self.phone_elsewhere,self.street_words,self.name_particles,self.document_words,self.provider_words,self.code_key_titles,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.heads,
                self.needs,
                self.fits,
                self.rules_out,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.heads,self.needs,self.fits,self.rules_out,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.id,
                self.priority,
                self.description,
                self.choice,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.priority,self.description,self.choice,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.label,
                self.value,
                self.fields,
                self.exact,
                self.score,
                self.start,
                self.comma,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.value,self.fields,self.exact,self.score,self.start,self.comma,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.labels,
                self.rules,
                self.conditional,
                self.conditional_after,
                self.window,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.labels,self.rules,self.conditional,self.conditional_after,self.window,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.line,
                self.cell,
                self.start,
                self.end,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.cell,self.start,self.end,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.line_tolerance,
                self.cell_gap,
                self.min_cell_gap_pt,
                self.edge_band,
                self.page_mark_strip,
                self.page_mark_max_size,
                self.column_gutter_pt,
                self.column_min_lines,
                self.column_offset,
                self.column_min_offset_lines,
                self.column_offset_share,
                self.column_join_gap,
                self.transposed_min_rows,
                self.transposed_row_gap,
                self.transposed_uniform_share,
                self.transposed_gap_chars,
                self.column_max_depth,
                self.stack_max_gap,
                self.kv_align_pt,
                self.kv_max_label_words,
                self.box_align_pt,
                self.heading_gap_chars,
                self.header_band_gap,
                self.row_end_gap,
                self.continuation_gap,
                self.sample_rows,
                self.max_heading_words,
                self.sure_threshold,
                self.ocr_low_word_confidence,
                self.ocr_ceiling,
                self.ocr_poor_page_share,
                self.ocr_psm,
                self.ocr_language,
                self.ocr_accent_language,
                self.ocr_accent_most,
                self.ocr_thresholding,
                self.ocr_min_confidence,
                self.ocr_dash_confidence,
                self.ocr_repaired_confidence,
                self.ocr_mark_band,
                self.ocr_mark_ink,
                self.ocr_border_height,
                self.ocr_hairline,
                self.ocr_join_gap,
                self.ocr_min_spaces,
                self.ocr_tall_word,
                self.ocr_ink_pad,
                self.ocr_pad_gap,
                self.ocr_type_boxes,
                self.ocr_garbled_words,
                self.ocr_garbled_confidence,
                self.ocr_second_psm,
                self.ocr_orientation,
                self.ocr_upright_share,
                self.ocr_upright_confidence,
                self.ocr_osd_dpi,
                self.ocr_osd_confidence,
                self.ocr_turn_band,
                self.ocr_bilevel_share,
                self.ocr_speck_in2,
                self.ocr_bilevel_blur_in,
                self.ocr_bilevel_grow_in,
                self.ocr_paper_dpi,
                self.ocr_paper_window_in,
                self.ocr_paper_low_share,
                self.ocr_paper_spread,
                self.ocr_dark_paper,
                self.ocr_paper_floor,
                self.ocr_max_skew,
                self.ocr_rule_width_in,
                self.ocr_rule_height_in,
                self.ocr_rule_full,
                self.ocr_rule_fringe,
                self.ocr_leader_clear_in,
                self.ocr_leader_dot_in,
                self.ocr_leader_reach_in,
                self.ocr_leader_full,
                self.ocr_leader_dots,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.line_tolerance,self.cell_gap,self.min_cell_gap_pt,self.edge_band,self.page_mark_strip,self.page_mark_max_size,self.column_gutter_pt,self.column_min_lines,self.column_offset,self.column_min_offset_lines,self.column_offset_share,self.column_join_gap,self.transposed_min_rows,self.transposed_row_gap,self.transposed_uniform_share,self.transposed_gap_chars,self.column_max_depth,self.stack_max_gap,self.kv_align_pt,self.kv_max_label_words,self.box_align_pt,self.heading_gap_chars,self.header_band_gap,self.row_end_gap,self.continuation_gap,self.sample_rows,self.max_heading_words,self.sure_threshold,self.ocr_low_word_confidence,self.ocr_ceiling,self.ocr_poor_page_share,self.ocr_psm,self.ocr_language,self.ocr_accent_language,self.ocr_accent_most,self.ocr_thresholding,self.ocr_min_confidence,self.ocr_dash_confidence,self.ocr_repaired_confidence,self.ocr_mark_band,self.ocr_mark_ink,self.ocr_border_height,self.ocr_hairline,self.ocr_join_gap,self.ocr_min_spaces,self.ocr_tall_word,self.ocr_ink_pad,self.ocr_pad_gap,self.ocr_type_boxes,self.ocr_garbled_words,self.ocr_garbled_confidence,self.ocr_second_psm,self.ocr_orientation,self.ocr_upright_share,self.ocr_upright_confidence,self.ocr_osd_dpi,self.ocr_osd_confidence,self.ocr_turn_band,self.ocr_bilevel_share,self.ocr_speck_in2,self.ocr_bilevel_blur_in,self.ocr_bilevel_grow_in,self.ocr_paper_dpi,self.ocr_paper_window_in,self.ocr_paper_low_share,self.ocr_paper_spread,self.ocr_dark_paper,self.ocr_paper_floor,self.ocr_max_skew,self.ocr_rule_width_in,self.ocr_rule_height_in,self.ocr_rule_full,self.ocr_rule_fringe,self.ocr_leader_clear_in,self.ocr_leader_dot_in,self.ocr_leader_reach_in,self.ocr_leader_full,self.ocr_leader_dots,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.min_score,
                self.filler,
                self.rules,
                self.other,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.min_score,self.filler,self.rules,self.other,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.org_words,
                self.not_payer,
                self.funding,
                self.denied,
                self.paid,
                self.reason_heading,
                self.general,
                self.heading,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.org_words,self.not_payer,self.funding,self.denied,self.paid,self.reason_heading,self.general,self.heading,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.payer,
                self.words,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.payer,self.words,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.procedure_roles,
                self.procedure_codes,
                self.neutral_roles,
                self.diagnosis_prefixes,
                self.provider_patterns,
                self.reason_patterns,
                self.billing_defects,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.procedure_roles,self.procedure_codes,self.neutral_roles,self.diagnosis_prefixes,self.provider_patterns,self.reason_patterns,self.billing_defects,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.rec,
                self.ctx,
                self.result,
                self.claim,
                self.trace,
                self.span,
                self.base,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.rec,self.ctx,self.result,self.claim,self.trace,self.span,self.base,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.text,
                self.x0,
                self.x1,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash((self.total_rows,))

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.total_rows,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.transmission_words,
                self.page_counters,
                self.web_addresses,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.transmission_words,self.page_counters,self.web_addresses,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __hash__(self):
        return hash(
            (
                self.x0,
                self.x1,
                self.top,
                self.bottom,
                self.conf,
            )
        )

    return __hash__


CODE[
    "def __create_fn__():\n def __hash__(self):\n  return hash((self.x0,self.x1,self.top,self.bottom,self.conf,))\n return __hash__"
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(billed={self.billed!r}, allowed={self.allowed!r}, paid={self.paid!r}, patient_responsibility={self.patient_responsibility!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(billed={self.billed!r}, allowed={self.allowed!r}, paid={self.paid!r}, patient_responsibility={self.patient_responsibility!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(categories={self.categories!r}, primary={self.primary!r}, via={self.via!r}, overruled={self.overruled!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(categories={self.categories!r}, primary={self.primary!r}, via={self.via!r}, overruled={self.overruled!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(category={self.category!r}, priority={self.priority!r}, patterns={self.patterns!r}, line={self.line!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(category={self.category!r}, priority={self.priority!r}, patterns={self.patterns!r}, line={self.line!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(claim={self.claim!r}, status={self.status!r}, filing={self.filing!r}, subscriber={self.subscriber!r}, patient={self.patient!r}, claim_adjs={self.claim_adjs!r}, claim_rarcs={self.claim_rarcs!r}, claim_date={self.claim_date!r}, has_rendering={self.has_rendering!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(claim={self.claim!r}, status={self.status!r}, filing={self.filing!r}, subscriber={self.subscriber!r}, patient={self.patient!r}, claim_adjs={self.claim_adjs!r}, claim_rarcs={self.claim_rarcs!r}, claim_date={self.claim_date!r}, has_rendering={self.has_rendering!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(claim={self.claim!r}, trace={self.trace!r}, line={self.line!r}, base={self.base!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(claim={self.claim!r}, trace={self.trace!r}, line={self.line!r}, base={self.base!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(claim_number={self.claim_number!r}, patient_name={self.patient_name!r}, provider={self.provider!r}, service_lines={self.service_lines!r}, diagnosis_codes={self.diagnosis_codes!r}, totals={self.totals!r}, denied={self.denied!r}, denial={self.denial!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(claim_number={self.claim_number!r}, patient_name={self.patient_name!r}, provider={self.provider!r}, service_lines={self.service_lines!r}, diagnosis_codes={self.diagnosis_codes!r}, totals={self.totals!r}, denied={self.denied!r}, denial={self.denial!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(code={self.code!r}, description={self.description!r}, categories={self.categories!r}, status={self.status!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, description={self.description!r}, categories={self.categories!r}, status={self.status!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(code={self.code!r}, kind={self.kind!r}, meaning={self.meaning!r}, fix={self.fix!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, kind={self.kind!r}, meaning={self.meaning!r}, fix={self.fix!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(code={self.code!r}, system={self.system!r}, description={self.description!r}, role={self.role!r}, note={self.note!r}, billable={self.billable!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, system={self.system!r}, description={self.description!r}, role={self.role!r}, note={self.note!r}, billable={self.billable!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(column={self.column!r}, prior={self.prior!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(column={self.column!r}, prior={self.prior!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(confidence={self.confidence!r}, sure={self.sure!r}, source={self.source!r}, reader={self.reader!r}, page={self.page!r}, bbox={self.bbox!r}, text={self.text!r}, reason={self.reason!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(confidence={self.confidence!r}, sure={self.sure!r}, source={self.source!r}, reader={self.reader!r}, page={self.page!r}, bbox={self.bbox!r}, text={self.text!r}, reason={self.reason!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(date_of_service={self.date_of_service!r}, procedure_code={self.procedure_code!r}, modifiers={self.modifiers!r}, units={self.units!r}, diagnosis_codes={self.diagnosis_codes!r}, billed={self.billed!r}, allowed={self.allowed!r}, paid={self.paid!r}, patient_responsibility={self.patient_responsibility!r}, adjustments={self.adjustments!r}, remark_codes={self.remark_codes!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(date_of_service={self.date_of_service!r}, procedure_code={self.procedure_code!r}, modifiers={self.modifiers!r}, units={self.units!r}, diagnosis_codes={self.diagnosis_codes!r}, billed={self.billed!r}, allowed={self.allowed!r}, paid={self.paid!r}, patient_responsibility={self.patient_responsibility!r}, adjustments={self.adjustments!r}, remark_codes={self.remark_codes!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(deadline_kinds={self.deadline_kinds!r}, plan_clock={self.plan_clock!r}, continuation={self.continuation!r}, later_start={self.later_start!r}, grandfathered={self.grandfathered!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(deadline_kinds={self.deadline_kinds!r}, plan_clock={self.plan_clock!r}, continuation={self.continuation!r}, later_start={self.later_start!r}, grandfathered={self.grandfathered!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(denied_because={self.denied_because!r}, gives_cause={self.gives_cause!r}, your_care={self.your_care!r}, owed={self.owed!r}, allowed={self.allowed!r}, paid={self.paid!r}, billed={self.billed!r}, total={self.total!r}, other_date={self.other_date!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(denied_because={self.denied_because!r}, gives_cause={self.gives_cause!r}, your_care={self.your_care!r}, owed={self.owed!r}, allowed={self.allowed!r}, paid={self.paid!r}, billed={self.billed!r}, total={self.total!r}, other_date={self.other_date!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(documents={self.documents!r}, arguments={self.arguments!r}, venue={self.venue!r}, deadlines={self.deadlines!r}, warnings={self.warnings!r}, call_points={self.call_points!r}, call_points_provider={self.call_points_provider!r}, suggestions={self.suggestions!r}, funding={self.funding!r}, final_internal_denial={self.final_internal_denial!r}, track={self.track!r}, stage={self.stage!r}, stage_reason={self.stage_reason!r}, today={self.today!r}, overdue={self.overdue!r}, appeal_late={self.appeal_late!r}, grandfathered={self.grandfathered!r}, not_lactation_care={self.not_lactation_care!r}, billing_defects={self.billing_defects!r}, reasons_to_confirm={self.reasons_to_confirm!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(documents={self.documents!r}, arguments={self.arguments!r}, venue={self.venue!r}, deadlines={self.deadlines!r}, warnings={self.warnings!r}, call_points={self.call_points!r}, call_points_provider={self.call_points_provider!r}, suggestions={self.suggestions!r}, funding={self.funding!r}, final_internal_denial={self.final_internal_denial!r}, track={self.track!r}, stage={self.stage!r}, stage_reason={self.stage_reason!r}, today={self.today!r}, overdue={self.overdue!r}, appeal_late={self.appeal_late!r}, grandfathered={self.grandfathered!r}, not_lactation_care={self.not_lactation_care!r}, billing_defects={self.billing_defects!r}, reasons_to_confirm={self.reasons_to_confirm!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(element={self.element!r}, component={self.component!r}, terminator={self.terminator!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(element={self.element!r}, component={self.component!r}, terminator={self.terminator!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(entity={self.entity!r}, payee={self.payee!r}, payers_seen={self.payers_seen!r}, payer_phones={self.payer_phones!r}, production_date={self.production_date!r}, payment_date={self.payment_date!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(entity={self.entity!r}, payee={self.payee!r}, payers_seen={self.payers_seen!r}, payer_phones={self.payer_phones!r}, production_date={self.production_date!r}, payment_date={self.payment_date!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(field={self.field!r}, score={self.score!r}, exact={self.exact!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, score={self.score!r}, exact={self.exact!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(field={self.field!r}, value={self.value!r}, line={self.line!r}, label={self.label!r}, exact={self.exact!r}, score={self.score!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(field={self.field!r}, value={self.value!r}, line={self.line!r}, label={self.label!r}, exact={self.exact!r}, score={self.score!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(fields={self.fields!r}, columns={self.columns!r}, titles={self.titles!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fields={self.fields!r}, columns={self.columns!r}, titles={self.titles!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(file={self.file!r}, sha256={self.sha256!r}, pages={self.pages!r}, ocr_used={self.ocr_used!r}, kind={self.kind!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, sha256={self.sha256!r}, pages={self.pages!r}, ocr_used={self.ocr_used!r}, kind={self.kind!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(funding_outright={self.funding_outright!r}, organisation={self.organisation!r}, network={self.network!r}, other_number_labels={self.other_number_labels!r}, status_denied={self.status_denied!r}, status_paid={self.status_paid!r}, plan_types={self.plan_types!r}, claim_label_words={self.claim_label_words!r}, other_reference_words={self.other_reference_words!r}, appeal_rights={self.appeal_rights!r}, phone_context={self.phone_context!r}, phone_elsewhere={self.phone_elsewhere!r}, street_words={self.street_words!r}, name_particles={self.name_particles!r}, document_words={self.document_words!r}, provider_words={self.provider_words!r}, code_key_titles={self.code_key_titles!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(funding_outright={self.funding_outright!r}, organisation={self.organisation!r}, network={self.network!r}, other_number_labels={self.other_number_labels!r}, status_denied={self.status_denied!r}, status_paid={self.status_paid!r}, plan_types={self.plan_types!r}, claim_label_words={self.claim_label_words!r}, other_reference_words={self.other_reference_words!r}, appeal_rights={self.appeal_rights!r}, phone_context={self.phone_context!r}, phone_elsewhere={self.phone_elsewhere!r}, street_words={self.street_words!r}, name_particles={self.name_particles!r}, document_words={self.document_words!r}, provider_words={self.provider_words!r}, code_key_titles={self.code_key_titles!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(group={self.group!r}, code={self.code!r}, amount={self.amount!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(group={self.group!r}, code={self.code!r}, amount={self.amount!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(header={self.header!r}, claims={self.claims!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(header={self.header!r}, claims={self.claims!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(header_index={self.header_index!r}, columns={self.columns!r}, rows={self.rows!r}, end_index={self.end_index!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(header_index={self.header_index!r}, columns={self.columns!r}, rows={self.rows!r}, end_index={self.end_index!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(heads={self.heads!r}, needs={self.needs!r}, fits={self.fits!r}, rules_out={self.rules_out!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(heads={self.heads!r}, needs={self.needs!r}, fits={self.fits!r}, rules_out={self.rules_out!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(id={self.id!r}, answers={self.answers!r}, citations={self.citations!r}, reason={self.reason!r}, title={self.title!r}, text={self.text!r}, citation_urls={self.citation_urls!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, answers={self.answers!r}, citations={self.citations!r}, reason={self.reason!r}, title={self.title!r}, text={self.text!r}, citation_urls={self.citation_urls!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(id={self.id!r}, priority={self.priority!r}, description={self.description!r}, choice={self.choice!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, priority={self.priority!r}, description={self.description!r}, choice={self.choice!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(internal_appeal={self.internal_appeal!r}, external_review={self.external_review!r}, reasons={self.reasons!r}, fair_hearing={self.fair_hearing!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(internal_appeal={self.internal_appeal!r}, external_review={self.external_review!r}, reasons={self.reasons!r}, fair_hearing={self.fair_hearing!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(kind={self.kind!r}, file={self.file!r}, claim_numbers={self.claim_numbers!r}, recipient={self.recipient!r}, reason={self.reason!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, file={self.file!r}, claim_numbers={self.claim_numbers!r}, recipient={self.recipient!r}, reason={self.reason!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(kind={self.kind!r}, name={self.name!r}, url={self.url!r}, phone={self.phone!r}, reason={self.reason!r}, state={self.state!r}, guidance={self.guidance!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, url={self.url!r}, phone={self.phone!r}, reason={self.reason!r}, state={self.state!r}, guidance={self.guidance!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(label={self.label!r}, value={self.value!r}, fields={self.fields!r}, exact={self.exact!r}, score={self.score!r}, start={self.start!r}, comma={self.comma!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, value={self.value!r}, fields={self.fields!r}, exact={self.exact!r}, score={self.score!r}, start={self.start!r}, comma={self.comma!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(label={self.label!r}, value={self.value!r}, lines={self.lines!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, value={self.value!r}, lines={self.lines!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(labels={self.labels!r}, rules={self.rules!r}, conditional={self.conditional!r}, conditional_after={self.conditional_after!r}, window={self.window!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(labels={self.labels!r}, rules={self.rules!r}, conditional={self.conditional!r}, conditional_after={self.conditional_after!r}, window={self.window!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(line={self.line!r}, cell={self.cell!r}, start={self.start!r}, end={self.end!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, cell={self.cell!r}, start={self.start!r}, end={self.end!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(line={self.line!r}, page={self.page!r}, bbox={self.bbox!r}, text={self.text!r}, word_conf={self.word_conf!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, page={self.page!r}, bbox={self.bbox!r}, text={self.text!r}, word_conf={self.word_conf!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(line_index={self.line_index!r}, cells={self.cells!r}, text={self.text!r}, is_total={self.is_total!r}, extra={self.extra!r}, extra_lines={self.extra_lines!r}, group={self.group!r}, id_in_cell={self.id_in_cell!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line_index={self.line_index!r}, cells={self.cells!r}, text={self.text!r}, is_total={self.is_total!r}, extra={self.extra!r}, extra_lines={self.extra_lines!r}, group={self.group!r}, id_in_cell={self.id_in_cell!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(line_tolerance={self.line_tolerance!r}, cell_gap={self.cell_gap!r}, min_cell_gap_pt={self.min_cell_gap_pt!r}, edge_band={self.edge_band!r}, page_mark_strip={self.page_mark_strip!r}, page_mark_max_size={self.page_mark_max_size!r}, column_gutter_pt={self.column_gutter_pt!r}, column_min_lines={self.column_min_lines!r}, column_offset={self.column_offset!r}, column_min_offset_lines={self.column_min_offset_lines!r}, column_offset_share={self.column_offset_share!r}, column_join_gap={self.column_join_gap!r}, transposed_min_rows={self.transposed_min_rows!r}, transposed_row_gap={self.transposed_row_gap!r}, transposed_uniform_share={self.transposed_uniform_share!r}, transposed_gap_chars={self.transposed_gap_chars!r}, column_max_depth={self.column_max_depth!r}, stack_max_gap={self.stack_max_gap!r}, kv_align_pt={self.kv_align_pt!r}, kv_max_label_words={self.kv_max_label_words!r}, box_align_pt={self.box_align_pt!r}, heading_gap_chars={self.heading_gap_chars!r}, header_band_gap={self.header_band_gap!r}, row_end_gap={self.row_end_gap!r}, continuation_gap={self.continuation_gap!r}, sample_rows={self.sample_rows!r}, max_heading_words={self.max_heading_words!r}, sure_threshold={self.sure_threshold!r}, ocr_low_word_confidence={self.ocr_low_word_confidence!r}, ocr_ceiling={self.ocr_ceiling!r}, ocr_poor_page_share={self.ocr_poor_page_share!r}, ocr_psm={self.ocr_psm!r}, ocr_language={self.ocr_language!r}, ocr_accent_language={self.ocr_accent_language!r}, ocr_accent_most={self.ocr_accent_most!r}, ocr_thresholding={self.ocr_thresholding!r}, ocr_min_confidence={self.ocr_min_confidence!r}, ocr_dash_confidence={self.ocr_dash_confidence!r}, ocr_repaired_confidence={self.ocr_repaired_confidence!r}, ocr_mark_band={self.ocr_mark_band!r}, ocr_mark_ink={self.ocr_mark_ink!r}, ocr_border_height={self.ocr_border_height!r}, ocr_hairline={self.ocr_hairline!r}, ocr_join_gap={self.ocr_join_gap!r}, ocr_min_spaces={self.ocr_min_spaces!r}, ocr_tall_word={self.ocr_tall_word!r}, ocr_ink_pad={self.ocr_ink_pad!r}, ocr_pad_gap={self.ocr_pad_gap!r}, ocr_type_boxes={self.ocr_type_boxes!r}, ocr_garbled_words={self.ocr_garbled_words!r}, ocr_garbled_confidence={self.ocr_garbled_confidence!r}, ocr_second_psm={self.ocr_second_psm!r}, ocr_orientation={self.ocr_orientation!r}, ocr_upright_share={self.ocr_upright_share!r}, ocr_upright_confidence={self.ocr_upright_confidence!r}, ocr_osd_dpi={self.ocr_osd_dpi!r}, ocr_osd_confidence={self.ocr_osd_confidence!r}, ocr_turn_band={self.ocr_turn_band!r}, ocr_bilevel_share={self.ocr_bilevel_share!r}, ocr_speck_in2={self.ocr_speck_in2!r}, ocr_bilevel_blur_in={self.ocr_bilevel_blur_in!r}, ocr_bilevel_grow_in={self.ocr_bilevel_grow_in!r}, ocr_paper_dpi={self.ocr_paper_dpi!r}, ocr_paper_window_in={self.ocr_paper_window_in!r}, ocr_paper_low_share={self.ocr_paper_low_share!r}, ocr_paper_spread={self.ocr_paper_spread!r}, ocr_dark_paper={self.ocr_dark_paper!r}, ocr_paper_floor={self.ocr_paper_floor!r}, ocr_max_skew={self.ocr_max_skew!r}, ocr_rule_width_in={self.ocr_rule_width_in!r}, ocr_rule_height_in={self.ocr_rule_height_in!r}, ocr_rule_full={self.ocr_rule_full!r}, ocr_rule_fringe={self.ocr_rule_fringe!r}, ocr_leader_clear_in={self.ocr_leader_clear_in!r}, ocr_leader_dot_in={self.ocr_leader_dot_in!r}, ocr_leader_reach_in={self.ocr_leader_reach_in!r}, ocr_leader_full={self.ocr_leader_full!r}, ocr_leader_dots={self.ocr_leader_dots!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line_tolerance={self.line_tolerance!r}, cell_gap={self.cell_gap!r}, min_cell_gap_pt={self.min_cell_gap_pt!r}, edge_band={self.edge_band!r}, page_mark_strip={self.page_mark_strip!r}, page_mark_max_size={self.page_mark_max_size!r}, column_gutter_pt={self.column_gutter_pt!r}, column_min_lines={self.column_min_lines!r}, column_offset={self.column_offset!r}, column_min_offset_lines={self.column_min_offset_lines!r}, column_offset_share={self.column_offset_share!r}, column_join_gap={self.column_join_gap!r}, transposed_min_rows={self.transposed_min_rows!r}, transposed_row_gap={self.transposed_row_gap!r}, transposed_uniform_share={self.transposed_uniform_share!r}, transposed_gap_chars={self.transposed_gap_chars!r}, column_max_depth={self.column_max_depth!r}, stack_max_gap={self.stack_max_gap!r}, kv_align_pt={self.kv_align_pt!r}, kv_max_label_words={self.kv_max_label_words!r}, box_align_pt={self.box_align_pt!r}, heading_gap_chars={self.heading_gap_chars!r}, header_band_gap={self.header_band_gap!r}, row_end_gap={self.row_end_gap!r}, continuation_gap={self.continuation_gap!r}, sample_rows={self.sample_rows!r}, max_heading_words={self.max_heading_words!r}, sure_threshold={self.sure_threshold!r}, ocr_low_word_confidence={self.ocr_low_word_confidence!r}, ocr_ceiling={self.ocr_ceiling!r}, ocr_poor_page_share={self.ocr_poor_page_share!r}, ocr_psm={self.ocr_psm!r}, ocr_language={self.ocr_language!r}, ocr_accent_language={self.ocr_accent_language!r}, ocr_accent_most={self.ocr_accent_most!r}, ocr_thresholding={self.ocr_thresholding!r}, ocr_min_confidence={self.ocr_min_confidence!r}, ocr_dash_confidence={self.ocr_dash_confidence!r}, ocr_repaired_confidence={self.ocr_repaired_confidence!r}, ocr_mark_band={self.ocr_mark_band!r}, ocr_mark_ink={self.ocr_mark_ink!r}, ocr_border_height={self.ocr_border_height!r}, ocr_hairline={self.ocr_hairline!r}, ocr_join_gap={self.ocr_join_gap!r}, ocr_min_spaces={self.ocr_min_spaces!r}, ocr_tall_word={self.ocr_tall_word!r}, ocr_ink_pad={self.ocr_ink_pad!r}, ocr_pad_gap={self.ocr_pad_gap!r}, ocr_type_boxes={self.ocr_type_boxes!r}, ocr_garbled_words={self.ocr_garbled_words!r}, ocr_garbled_confidence={self.ocr_garbled_confidence!r}, ocr_second_psm={self.ocr_second_psm!r}, ocr_orientation={self.ocr_orientation!r}, ocr_upright_share={self.ocr_upright_share!r}, ocr_upright_confidence={self.ocr_upright_confidence!r}, ocr_osd_dpi={self.ocr_osd_dpi!r}, ocr_osd_confidence={self.ocr_osd_confidence!r}, ocr_turn_band={self.ocr_turn_band!r}, ocr_bilevel_share={self.ocr_bilevel_share!r}, ocr_speck_in2={self.ocr_speck_in2!r}, ocr_bilevel_blur_in={self.ocr_bilevel_blur_in!r}, ocr_bilevel_grow_in={self.ocr_bilevel_grow_in!r}, ocr_paper_dpi={self.ocr_paper_dpi!r}, ocr_paper_window_in={self.ocr_paper_window_in!r}, ocr_paper_low_share={self.ocr_paper_low_share!r}, ocr_paper_spread={self.ocr_paper_spread!r}, ocr_dark_paper={self.ocr_dark_paper!r}, ocr_paper_floor={self.ocr_paper_floor!r}, ocr_max_skew={self.ocr_max_skew!r}, ocr_rule_width_in={self.ocr_rule_width_in!r}, ocr_rule_height_in={self.ocr_rule_height_in!r}, ocr_rule_full={self.ocr_rule_full!r}, ocr_rule_fringe={self.ocr_rule_fringe!r}, ocr_leader_clear_in={self.ocr_leader_clear_in!r}, ocr_leader_dot_in={self.ocr_leader_dot_in!r}, ocr_leader_reach_in={self.ocr_leader_reach_in!r}, ocr_leader_full={self.ocr_leader_full!r}, ocr_leader_dots={self.ocr_leader_dots!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(lines={self.lines!r}, found={self.found!r}, text={self.text!r}, glossary={self.glossary!r}, glossary_lines={self.glossary_lines!r}, settings={self.settings!r}, traces={self.traces!r}, code_notes={self.code_notes!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, found={self.found!r}, text={self.text!r}, glossary={self.glossary!r}, glossary_lines={self.glossary_lines!r}, settings={self.settings!r}, traces={self.traces!r}, code_notes={self.code_notes!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(lines={self.lines!r}, prefix={self.prefix!r}, pairs={self.pairs!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, prefix={self.prefix!r}, pairs={self.pairs!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(lines={self.lines!r}, totals={self.totals!r}, texts={self.texts!r}, dates={self.dates!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, totals={self.totals!r}, texts={self.texts!r}, dates={self.dates!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(min_score={self.min_score!r}, filler={self.filler!r}, rules={self.rules!r}, other={self.other!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(min_score={self.min_score!r}, filler={self.filler!r}, rules={self.rules!r}, other={self.other!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, id={self.id!r}, state={self.state!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, id={self.id!r}, state={self.state!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(name={self.name!r}, npi={self.npi!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, npi={self.npi!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, npi={self.npi!r}, network={self.network!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, npi={self.npi!r}, network={self.network!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, payer={self.payer!r}, fingerprint={self.fingerprint!r}, words={self.words!r}, fields={self.fields!r}, kind={self.kind!r}, confirmed={self.confirmed!r}, codes={self.codes!r}, not_printed={self.not_printed!r}, learned_from={self.learned_from!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, payer={self.payer!r}, fingerprint={self.fingerprint!r}, words={self.words!r}, fields={self.fields!r}, kind={self.kind!r}, confirmed={self.confirmed!r}, codes={self.codes!r}, not_printed={self.not_printed!r}, learned_from={self.learned_from!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, state={self.state!r}, line={self.line!r}, po_box={self.po_box!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, state={self.state!r}, line={self.line!r}, po_box={self.po_box!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, state={self.state!r}, phone={self.phone!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, state={self.state!r}, phone={self.phone!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, type={self.type!r}, funding={self.funding!r}, group_number={self.group_number!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, type={self.type!r}, funding={self.funding!r}, group_number={self.group_number!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(name={self.name!r}, x0={self.x0!r}, x1={self.x1!r}, label={self.label!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, x0={self.x0!r}, x1={self.x1!r}, label={self.label!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(number={self.number!r}, fields={self.fields!r}, lines={self.lines!r}, line_keys={self.line_keys!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(number={self.number!r}, fields={self.fields!r}, lines={self.lines!r}, line_keys={self.line_keys!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(number={self.number!r}, width={self.width!r}, height={self.height!r}, words={self.words!r}, has_images={self.has_images!r}, turned={self.turned!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(number={self.number!r}, width={self.width!r}, height={self.height!r}, words={self.words!r}, has_images={self.has_images!r}, turned={self.turned!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(org_words={self.org_words!r}, not_payer={self.not_payer!r}, funding={self.funding!r}, denied={self.denied!r}, paid={self.paid!r}, reason_heading={self.reason_heading!r}, general={self.general!r}, heading={self.heading!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(org_words={self.org_words!r}, not_payer={self.not_payer!r}, funding={self.funding!r}, denied={self.denied!r}, paid={self.paid!r}, reason_heading={self.reason_heading!r}, general={self.general!r}, heading={self.heading!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(page={self.page!r}, top={self.top!r}, bottom={self.bottom!r}, words={self.words!r}, cells={self.cells!r}, page_height={self.page_height!r}, page_width={self.page_width!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(page={self.page!r}, top={self.top!r}, bottom={self.bottom!r}, words={self.words!r}, cells={self.cells!r}, page_height={self.page_height!r}, page_width={self.page_width!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(parse={self.parse!r}, decision={self.decision!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(parse={self.parse!r}, decision={self.decision!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(path={self.path!r}, sha256={self.sha256!r}, kind={self.kind!r}, pages={self.pages!r}, page_count={self.page_count!r}, ocr_used={self.ocr_used!r}, raw_text={self.raw_text!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r}, kind={self.kind!r}, pages={self.pages!r}, page_count={self.page_count!r}, ocr_used={self.ocr_used!r}, raw_text={self.raw_text!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(path={self.path!r}, value={self.value!r}, spot={self.spot!r}, line={self.line!r}, row={self.row!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, value={self.value!r}, spot={self.spot!r}, line={self.line!r}, row={self.row!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(payer={self.payer!r}, words={self.words!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(payer={self.payer!r}, words={self.words!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(procedure_roles={self.procedure_roles!r}, procedure_codes={self.procedure_codes!r}, neutral_roles={self.neutral_roles!r}, diagnosis_prefixes={self.diagnosis_prefixes!r}, provider_patterns={self.provider_patterns!r}, reason_patterns={self.reason_patterns!r}, billing_defects={self.billing_defects!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(procedure_roles={self.procedure_roles!r}, procedure_codes={self.procedure_codes!r}, neutral_roles={self.neutral_roles!r}, diagnosis_prefixes={self.diagnosis_prefixes!r}, provider_patterns={self.provider_patterns!r}, reason_patterns={self.reason_patterns!r}, billing_defects={self.billing_defects!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(reader={self.reader!r}, lines={self.lines!r}, cells={self.cells!r}, columns={self.columns!r}, unheaded={self.unheaded!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reader={self.reader!r}, lines={self.lines!r}, cells={self.cells!r}, columns={self.columns!r}, unheaded={self.unheaded!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(reader={self.reader!r}, lines={self.lines!r}, codes={self.codes!r}, services={self.services!r}, totals={self.totals!r}, totals_via={self.totals_via!r}, outside={self.outside!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reader={self.reader!r}, lines={self.lines!r}, codes={self.codes!r}, services={self.services!r}, totals={self.totals!r}, totals_via={self.totals_via!r}, outside={self.outside!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(reason_text={self.reason_text!r}, carc={self.carc!r}, rarc={self.rarc!r}, categories={self.categories!r}, primary_category={self.primary_category!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reason_text={self.reason_text!r}, carc={self.carc!r}, rarc={self.rarc!r}, categories={self.categories!r}, primary_category={self.primary_category!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(rec={self.rec!r}, ctx={self.ctx!r}, result={self.result!r}, claim={self.claim!r}, trace={self.trace!r}, span={self.span!r}, base={self.base!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rec={self.rec!r}, ctx={self.ctx!r}, result={self.result!r}, claim={self.claim!r}, trace={self.trace!r}, span={self.span!r}, base={self.base!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(right={self.right!r}, total={self.total!r}, per_field={self.per_field!r}, misses={self.misses!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(right={self.right!r}, total={self.total!r}, per_field={self.per_field!r}, misses={self.misses!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(source={self.source!r}, payer={self.payer!r}, plan={self.plan!r}, member={self.member!r}, notice_date={self.notice_date!r}, claims={self.claims!r}, warnings={self.warnings!r}, schema_version={self.schema_version!r}, evidence={self.evidence!r}, not_printed={self.not_printed!r}, layout={self.layout!r}, notice_text={self.notice_text!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, payer={self.payer!r}, plan={self.plan!r}, member={self.member!r}, notice_date={self.notice_date!r}, claims={self.claims!r}, warnings={self.warnings!r}, schema_version={self.schema_version!r}, evidence={self.evidence!r}, not_printed={self.not_printed!r}, layout={self.layout!r}, notice_text={self.notice_text!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(spans={self.spans!r}, reader={self.reader!r}, services={self.services!r}, claim_number_via={self.claim_number_via!r}, patient_via={self.patient_via!r}, provider_via={self.provider_via!r}, totals_via={self.totals_via!r}, totals_at={self.totals_at!r}, totals_columns={self.totals_columns!r}, totals_lines={self.totals_lines!r}, codes_via={self.codes_via!r}, denied_via={self.denied_via!r}, denial_strength={self.denial_strength!r}, category_via={self.category_via!r}, category_overruled={self.category_overruled!r}, reason_headed={self.reason_headed!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(spans={self.spans!r}, reader={self.reader!r}, services={self.services!r}, claim_number_via={self.claim_number_via!r}, patient_via={self.patient_via!r}, provider_via={self.provider_via!r}, totals_via={self.totals_via!r}, totals_at={self.totals_at!r}, totals_columns={self.totals_columns!r}, totals_lines={self.totals_lines!r}, codes_via={self.codes_via!r}, denied_via={self.denied_via!r}, denial_strength={self.denial_strength!r}, category_via={self.category_via!r}, category_overruled={self.category_overruled!r}, reason_headed={self.reason_headed!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(spans={self.spans!r}, rows={self.rows!r}, text={self.text!r}, found={self.found!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(spans={self.spans!r}, rows={self.rows!r}, text={self.text!r}, found={self.found!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(start={self.start!r}, rows={self.rows!r}, slots={self.slots!r}, title={self.title!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, rows={self.rows!r}, slots={self.slots!r}, title={self.title!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(sure_right={self.sure_right!r}, sure_wrong={self.sure_wrong!r}, unsure_right={self.unsure_right!r}, unsure_wrong={self.unsure_wrong!r}, wrong_sure={self.wrong_sure!r}, right_unsure={self.right_unsure!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(sure_right={self.sure_right!r}, sure_wrong={self.sure_wrong!r}, unsure_right={self.unsure_right!r}, unsure_wrong={self.unsure_wrong!r}, wrong_sure={self.wrong_sure!r}, right_unsure={self.right_unsure!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, size={self.size!r}, bold={self.bold!r}, conf={self.conf!r}, printed={self.printed!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, size={self.size!r}, bold={self.bold!r}, conf={self.conf!r}, printed={self.printed!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, v0={self.v0!r}, v1={self.v1!r}, align={self.align!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, v0={self.v0!r}, v1={self.v1!r}, align={self.align!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, words={self.words!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, words={self.words!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return self.__class__.__qualname__ + f"(total_rows={self.total_rows!r})"

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(total_rows={self.total_rows!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(transmission_words={self.transmission_words!r}, page_counters={self.page_counters!r}, web_addresses={self.web_addresses!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(transmission_words={self.transmission_words!r}, page_counters={self.page_counters!r}, web_addresses={self.web_addresses!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(turn={self.turn!r}, width={self.width!r}, height={self.height!r}, words={self.words!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(turn={self.turn!r}, width={self.width!r}, height={self.height!r}, words={self.words!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__():
    def __repr__(self):
        return (
            self.__class__.__qualname__
            + f"(x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, conf={self.conf!r})"
        )

    return __repr__


CODE[
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, conf={self.conf!r})"\n return __repr__'
] = __create_fn__.__code__


def __create_fn__(
    _type_billed,
    _type_allowed,
    _type_paid,
    _type_patient_responsibility,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_billed,
    _dflt_allowed,
    _dflt_paid,
    _dflt_patient_responsibility,
    _return_type,
):
    def __init__(
        self,
        billed: _type_billed = _dflt_billed,
        allowed: _type_allowed = _dflt_allowed,
        paid: _type_paid = _dflt_paid,
        patient_responsibility: _type_patient_responsibility = _dflt_patient_responsibility,
    ) -> _return_type:
        self.billed = billed
        self.allowed = allowed
        self.paid = paid
        self.patient_responsibility = patient_responsibility

    return __init__


CODE[
    "def __create_fn__(_type_billed, _type_allowed, _type_paid, _type_patient_responsibility, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_billed, _dflt_allowed, _dflt_paid, _dflt_patient_responsibility, _return_type):\n def __init__(self,billed:_type_billed=_dflt_billed,allowed:_type_allowed=_dflt_allowed,paid:_type_paid=_dflt_paid,patient_responsibility:_type_patient_responsibility=_dflt_patient_responsibility)->_return_type:\n  self.billed=billed\n  self.allowed=allowed\n  self.paid=paid\n  self.patient_responsibility=patient_responsibility\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_categories,
    _type_primary,
    _type_via,
    _type_overruled,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_categories,
    _dflt_primary,
    _dflt_via,
    _dflt_overruled,
    _return_type,
):
    def __init__(
        self,
        categories: _type_categories = _HAS_DEFAULT_FACTORY,
        primary: _type_primary = _dflt_primary,
        via: _type_via = _dflt_via,
        overruled: _type_overruled = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.categories = _dflt_categories() if categories is _HAS_DEFAULT_FACTORY else categories
        self.primary = primary
        self.via = via
        self.overruled = _dflt_overruled() if overruled is _HAS_DEFAULT_FACTORY else overruled

    return __init__


CODE[
    "def __create_fn__(_type_categories, _type_primary, _type_via, _type_overruled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_categories, _dflt_primary, _dflt_via, _dflt_overruled, _return_type):\n def __init__(self,categories:_type_categories=_HAS_DEFAULT_FACTORY,primary:_type_primary=_dflt_primary,via:_type_via=_dflt_via,overruled:_type_overruled=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.categories=_dflt_categories() if categories is _HAS_DEFAULT_FACTORY else categories\n  self.primary=primary\n  self.via=via\n  self.overruled=_dflt_overruled() if overruled is _HAS_DEFAULT_FACTORY else overruled\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_category,
    _type_priority,
    _type_patterns,
    _type_line,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        category: _type_category,
        priority: _type_priority,
        patterns: _type_patterns,
        line: _type_line,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "category", category)
        __dataclass_builtins_object__.__setattr__(self, "priority", priority)
        __dataclass_builtins_object__.__setattr__(self, "patterns", patterns)
        __dataclass_builtins_object__.__setattr__(self, "line", line)

    return __init__


CODE[
    "def __create_fn__(_type_category, _type_priority, _type_patterns, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,category:_type_category,priority:_type_priority,patterns:_type_patterns,line:_type_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'category',category)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'patterns',patterns)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_claim,
    _type_status,
    _type_filing,
    _type_subscriber,
    _type_patient,
    _type_claim_adjs,
    _type_claim_rarcs,
    _type_claim_date,
    _type_has_rendering,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_subscriber,
    _dflt_patient,
    _dflt_claim_adjs,
    _dflt_claim_rarcs,
    _dflt_claim_date,
    _dflt_has_rendering,
    _return_type,
):
    def __init__(
        self,
        claim: _type_claim,
        status: _type_status,
        filing: _type_filing,
        subscriber: _type_subscriber = _dflt_subscriber,
        patient: _type_patient = _dflt_patient,
        claim_adjs: _type_claim_adjs = _HAS_DEFAULT_FACTORY,
        claim_rarcs: _type_claim_rarcs = _HAS_DEFAULT_FACTORY,
        claim_date: _type_claim_date = _dflt_claim_date,
        has_rendering: _type_has_rendering = _dflt_has_rendering,
    ) -> _return_type:
        self.claim = claim
        self.status = status
        self.filing = filing
        self.subscriber = subscriber
        self.patient = patient
        self.claim_adjs = _dflt_claim_adjs() if claim_adjs is _HAS_DEFAULT_FACTORY else claim_adjs
        self.claim_rarcs = (
            _dflt_claim_rarcs() if claim_rarcs is _HAS_DEFAULT_FACTORY else claim_rarcs
        )
        self.claim_date = claim_date
        self.has_rendering = has_rendering

    return __init__


CODE[
    "def __create_fn__(_type_claim, _type_status, _type_filing, _type_subscriber, _type_patient, _type_claim_adjs, _type_claim_rarcs, _type_claim_date, _type_has_rendering, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_subscriber, _dflt_patient, _dflt_claim_adjs, _dflt_claim_rarcs, _dflt_claim_date, _dflt_has_rendering, _return_type):\n def __init__(self,claim:_type_claim,status:_type_status,filing:_type_filing,subscriber:_type_subscriber=_dflt_subscriber,patient:_type_patient=_dflt_patient,claim_adjs:_type_claim_adjs=_HAS_DEFAULT_FACTORY,claim_rarcs:_type_claim_rarcs=_HAS_DEFAULT_FACTORY,claim_date:_type_claim_date=_dflt_claim_date,has_rendering:_type_has_rendering=_dflt_has_rendering)->_return_type:\n  self.claim=claim\n  self.status=status\n  self.filing=filing\n  self.subscriber=subscriber\n  self.patient=patient\n  self.claim_adjs=_dflt_claim_adjs() if claim_adjs is _HAS_DEFAULT_FACTORY else claim_adjs\n  self.claim_rarcs=_dflt_claim_rarcs() if claim_rarcs is _HAS_DEFAULT_FACTORY else claim_rarcs\n  self.claim_date=claim_date\n  self.has_rendering=has_rendering\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_claim,
    _type_trace,
    _type_line,
    _type_base,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, claim: _type_claim, trace: _type_trace, line: _type_line, base: _type_base
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "claim", claim)
        __dataclass_builtins_object__.__setattr__(self, "trace", trace)
        __dataclass_builtins_object__.__setattr__(self, "line", line)
        __dataclass_builtins_object__.__setattr__(self, "base", base)

    return __init__


CODE[
    "def __create_fn__(_type_claim, _type_trace, _type_line, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,claim:_type_claim,trace:_type_trace,line:_type_line,base:_type_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'claim',claim)\n  __dataclass_builtins_object__.__setattr__(self,'trace',trace)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_claim_number,
    _type_patient_name,
    _type_provider,
    _type_service_lines,
    _type_diagnosis_codes,
    _type_totals,
    _type_denied,
    _type_denial,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_claim_number,
    _dflt_patient_name,
    _dflt_provider,
    _dflt_service_lines,
    _dflt_diagnosis_codes,
    _dflt_totals,
    _dflt_denied,
    _dflt_denial,
    _return_type,
):
    def __init__(
        self,
        claim_number: _type_claim_number = _dflt_claim_number,
        patient_name: _type_patient_name = _dflt_patient_name,
        provider: _type_provider = _HAS_DEFAULT_FACTORY,
        service_lines: _type_service_lines = _HAS_DEFAULT_FACTORY,
        diagnosis_codes: _type_diagnosis_codes = _HAS_DEFAULT_FACTORY,
        totals: _type_totals = _HAS_DEFAULT_FACTORY,
        denied: _type_denied = _dflt_denied,
        denial: _type_denial = _dflt_denial,
    ) -> _return_type:
        self.claim_number = claim_number
        self.patient_name = patient_name
        self.provider = _dflt_provider() if provider is _HAS_DEFAULT_FACTORY else provider
        self.service_lines = (
            _dflt_service_lines() if service_lines is _HAS_DEFAULT_FACTORY else service_lines
        )
        self.diagnosis_codes = (
            _dflt_diagnosis_codes() if diagnosis_codes is _HAS_DEFAULT_FACTORY else diagnosis_codes
        )
        self.totals = _dflt_totals() if totals is _HAS_DEFAULT_FACTORY else totals
        self.denied = denied
        self.denial = denial

    return __init__


CODE[
    "def __create_fn__(_type_claim_number, _type_patient_name, _type_provider, _type_service_lines, _type_diagnosis_codes, _type_totals, _type_denied, _type_denial, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_claim_number, _dflt_patient_name, _dflt_provider, _dflt_service_lines, _dflt_diagnosis_codes, _dflt_totals, _dflt_denied, _dflt_denial, _return_type):\n def __init__(self,claim_number:_type_claim_number=_dflt_claim_number,patient_name:_type_patient_name=_dflt_patient_name,provider:_type_provider=_HAS_DEFAULT_FACTORY,service_lines:_type_service_lines=_HAS_DEFAULT_FACTORY,diagnosis_codes:_type_diagnosis_codes=_HAS_DEFAULT_FACTORY,totals:_type_totals=_HAS_DEFAULT_FACTORY,denied:_type_denied=_dflt_denied,denial:_type_denial=_dflt_denial)->_return_type:\n  self.claim_number=claim_number\n  self.patient_name=patient_name\n  self.provider=_dflt_provider() if provider is _HAS_DEFAULT_FACTORY else provider\n  self.service_lines=_dflt_service_lines() if service_lines is _HAS_DEFAULT_FACTORY else service_lines\n  self.diagnosis_codes=_dflt_diagnosis_codes() if diagnosis_codes is _HAS_DEFAULT_FACTORY else diagnosis_codes\n  self.totals=_dflt_totals() if totals is _HAS_DEFAULT_FACTORY else totals\n  self.denied=denied\n  self.denial=denial\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_code,
    _type_description,
    _type_categories,
    _type_status,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        code: _type_code,
        description: _type_description,
        categories: _type_categories,
        status: _type_status,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "code", code)
        __dataclass_builtins_object__.__setattr__(self, "description", description)
        __dataclass_builtins_object__.__setattr__(self, "categories", categories)
        __dataclass_builtins_object__.__setattr__(self, "status", status)

    return __init__


CODE[
    "def __create_fn__(_type_code, _type_description, _type_categories, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,description:_type_description,categories:_type_categories,status:_type_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'categories',categories)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_code,
    _type_kind,
    _type_meaning,
    _type_fix,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, code: _type_code, kind: _type_kind, meaning: _type_meaning, fix: _type_fix
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "code", code)
        __dataclass_builtins_object__.__setattr__(self, "kind", kind)
        __dataclass_builtins_object__.__setattr__(self, "meaning", meaning)
        __dataclass_builtins_object__.__setattr__(self, "fix", fix)

    return __init__


CODE[
    "def __create_fn__(_type_code, _type_kind, _type_meaning, _type_fix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,kind:_type_kind,meaning:_type_meaning,fix:_type_fix)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)\n  __dataclass_builtins_object__.__setattr__(self,'fix',fix)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_code,
    _type_system,
    _type_description,
    _type_role,
    _type_note,
    _type_billable,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        code: _type_code,
        system: _type_system,
        description: _type_description,
        role: _type_role,
        note: _type_note,
        billable: _type_billable,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "code", code)
        __dataclass_builtins_object__.__setattr__(self, "system", system)
        __dataclass_builtins_object__.__setattr__(self, "description", description)
        __dataclass_builtins_object__.__setattr__(self, "role", role)
        __dataclass_builtins_object__.__setattr__(self, "note", note)
        __dataclass_builtins_object__.__setattr__(self, "billable", billable)

    return __init__


CODE[
    "def __create_fn__(_type_code, _type_system, _type_description, _type_role, _type_note, _type_billable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,system:_type_system,description:_type_description,role:_type_role,note:_type_note,billable:_type_billable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'system',system)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'billable',billable)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_column,
    _type_prior,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(self, column: _type_column, prior: _type_prior) -> _return_type:
        self.column = column
        self.prior = prior

    return __init__


CODE[
    "def __create_fn__(_type_column, _type_prior, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,column:_type_column,prior:_type_prior)->_return_type:\n  self.column=column\n  self.prior=prior\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_confidence,
    _type_sure,
    _type_source,
    _type_reader,
    _type_page,
    _type_bbox,
    _type_text,
    _type_reason,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_confidence,
    _dflt_sure,
    _dflt_source,
    _dflt_reader,
    _dflt_page,
    _dflt_bbox,
    _dflt_text,
    _dflt_reason,
    _return_type,
):
    def __init__(
        self,
        confidence: _type_confidence = _dflt_confidence,
        sure: _type_sure = _dflt_sure,
        source: _type_source = _dflt_source,
        reader: _type_reader = _dflt_reader,
        page: _type_page = _dflt_page,
        bbox: _type_bbox = _dflt_bbox,
        text: _type_text = _dflt_text,
        reason: _type_reason = _dflt_reason,
    ) -> _return_type:
        self.confidence = confidence
        self.sure = sure
        self.source = source
        self.reader = reader
        self.page = page
        self.bbox = bbox
        self.text = text
        self.reason = reason

    return __init__


CODE[
    "def __create_fn__(_type_confidence, _type_sure, _type_source, _type_reader, _type_page, _type_bbox, _type_text, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_confidence, _dflt_sure, _dflt_source, _dflt_reader, _dflt_page, _dflt_bbox, _dflt_text, _dflt_reason, _return_type):\n def __init__(self,confidence:_type_confidence=_dflt_confidence,sure:_type_sure=_dflt_sure,source:_type_source=_dflt_source,reader:_type_reader=_dflt_reader,page:_type_page=_dflt_page,bbox:_type_bbox=_dflt_bbox,text:_type_text=_dflt_text,reason:_type_reason=_dflt_reason)->_return_type:\n  self.confidence=confidence\n  self.sure=sure\n  self.source=source\n  self.reader=reader\n  self.page=page\n  self.bbox=bbox\n  self.text=text\n  self.reason=reason\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_date_of_service,
    _type_procedure_code,
    _type_modifiers,
    _type_units,
    _type_diagnosis_codes,
    _type_billed,
    _type_allowed,
    _type_paid,
    _type_patient_responsibility,
    _type_adjustments,
    _type_remark_codes,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_date_of_service,
    _dflt_procedure_code,
    _dflt_modifiers,
    _dflt_units,
    _dflt_diagnosis_codes,
    _dflt_billed,
    _dflt_allowed,
    _dflt_paid,
    _dflt_patient_responsibility,
    _dflt_adjustments,
    _dflt_remark_codes,
    _return_type,
):
    def __init__(
        self,
        date_of_service: _type_date_of_service = _dflt_date_of_service,
        procedure_code: _type_procedure_code = _dflt_procedure_code,
        modifiers: _type_modifiers = _HAS_DEFAULT_FACTORY,
        units: _type_units = _dflt_units,
        diagnosis_codes: _type_diagnosis_codes = _HAS_DEFAULT_FACTORY,
        billed: _type_billed = _dflt_billed,
        allowed: _type_allowed = _dflt_allowed,
        paid: _type_paid = _dflt_paid,
        patient_responsibility: _type_patient_responsibility = _dflt_patient_responsibility,
        adjustments: _type_adjustments = _HAS_DEFAULT_FACTORY,
        remark_codes: _type_remark_codes = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.date_of_service = date_of_service
        self.procedure_code = procedure_code
        self.modifiers = _dflt_modifiers() if modifiers is _HAS_DEFAULT_FACTORY else modifiers
        self.units = units
        self.diagnosis_codes = (
            _dflt_diagnosis_codes() if diagnosis_codes is _HAS_DEFAULT_FACTORY else diagnosis_codes
        )
        self.billed = billed
        self.allowed = allowed
        self.paid = paid
        self.patient_responsibility = patient_responsibility
        self.adjustments = (
            _dflt_adjustments() if adjustments is _HAS_DEFAULT_FACTORY else adjustments
        )
        self.remark_codes = (
            _dflt_remark_codes() if remark_codes is _HAS_DEFAULT_FACTORY else remark_codes
        )

    return __init__


CODE[
    "def __create_fn__(_type_date_of_service, _type_procedure_code, _type_modifiers, _type_units, _type_diagnosis_codes, _type_billed, _type_allowed, _type_paid, _type_patient_responsibility, _type_adjustments, _type_remark_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_date_of_service, _dflt_procedure_code, _dflt_modifiers, _dflt_units, _dflt_diagnosis_codes, _dflt_billed, _dflt_allowed, _dflt_paid, _dflt_patient_responsibility, _dflt_adjustments, _dflt_remark_codes, _return_type):\n def __init__(self,date_of_service:_type_date_of_service=_dflt_date_of_service,procedure_code:_type_procedure_code=_dflt_procedure_code,modifiers:_type_modifiers=_HAS_DEFAULT_FACTORY,units:_type_units=_dflt_units,diagnosis_codes:_type_diagnosis_codes=_HAS_DEFAULT_FACTORY,billed:_type_billed=_dflt_billed,allowed:_type_allowed=_dflt_allowed,paid:_type_paid=_dflt_paid,patient_responsibility:_type_patient_responsibility=_dflt_patient_responsibility,adjustments:_type_adjustments=_HAS_DEFAULT_FACTORY,remark_codes:_type_remark_codes=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.date_of_service=date_of_service\n  self.procedure_code=procedure_code\n  self.modifiers=_dflt_modifiers() if modifiers is _HAS_DEFAULT_FACTORY else modifiers\n  self.units=units\n  self.diagnosis_codes=_dflt_diagnosis_codes() if diagnosis_codes is _HAS_DEFAULT_FACTORY else diagnosis_codes\n  self.billed=billed\n  self.allowed=allowed\n  self.paid=paid\n  self.patient_responsibility=patient_responsibility\n  self.adjustments=_dflt_adjustments() if adjustments is _HAS_DEFAULT_FACTORY else adjustments\n  self.remark_codes=_dflt_remark_codes() if remark_codes is _HAS_DEFAULT_FACTORY else remark_codes\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_deadline_kinds,
    _type_plan_clock,
    _type_continuation,
    _type_later_start,
    _type_grandfathered,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        deadline_kinds: _type_deadline_kinds,
        plan_clock: _type_plan_clock,
        continuation: _type_continuation,
        later_start: _type_later_start,
        grandfathered: _type_grandfathered,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "deadline_kinds", deadline_kinds)
        __dataclass_builtins_object__.__setattr__(self, "plan_clock", plan_clock)
        __dataclass_builtins_object__.__setattr__(self, "continuation", continuation)
        __dataclass_builtins_object__.__setattr__(self, "later_start", later_start)
        __dataclass_builtins_object__.__setattr__(self, "grandfathered", grandfathered)

    return __init__


CODE[
    "def __create_fn__(_type_deadline_kinds, _type_plan_clock, _type_continuation, _type_later_start, _type_grandfathered, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,deadline_kinds:_type_deadline_kinds,plan_clock:_type_plan_clock,continuation:_type_continuation,later_start:_type_later_start,grandfathered:_type_grandfathered)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'deadline_kinds',deadline_kinds)\n  __dataclass_builtins_object__.__setattr__(self,'plan_clock',plan_clock)\n  __dataclass_builtins_object__.__setattr__(self,'continuation',continuation)\n  __dataclass_builtins_object__.__setattr__(self,'later_start',later_start)\n  __dataclass_builtins_object__.__setattr__(self,'grandfathered',grandfathered)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_denied_because,
    _type_gives_cause,
    _type_your_care,
    _type_owed,
    _type_allowed,
    _type_paid,
    _type_billed,
    _type_total,
    _type_other_date,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        denied_because: _type_denied_because,
        gives_cause: _type_gives_cause,
        your_care: _type_your_care,
        owed: _type_owed,
        allowed: _type_allowed,
        paid: _type_paid,
        billed: _type_billed,
        total: _type_total,
        other_date: _type_other_date,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "denied_because", denied_because)
        __dataclass_builtins_object__.__setattr__(self, "gives_cause", gives_cause)
        __dataclass_builtins_object__.__setattr__(self, "your_care", your_care)
        __dataclass_builtins_object__.__setattr__(self, "owed", owed)
        __dataclass_builtins_object__.__setattr__(self, "allowed", allowed)
        __dataclass_builtins_object__.__setattr__(self, "paid", paid)
        __dataclass_builtins_object__.__setattr__(self, "billed", billed)
        __dataclass_builtins_object__.__setattr__(self, "total", total)
        __dataclass_builtins_object__.__setattr__(self, "other_date", other_date)

    return __init__


CODE[
    "def __create_fn__(_type_denied_because, _type_gives_cause, _type_your_care, _type_owed, _type_allowed, _type_paid, _type_billed, _type_total, _type_other_date, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,denied_because:_type_denied_because,gives_cause:_type_gives_cause,your_care:_type_your_care,owed:_type_owed,allowed:_type_allowed,paid:_type_paid,billed:_type_billed,total:_type_total,other_date:_type_other_date)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'denied_because',denied_because)\n  __dataclass_builtins_object__.__setattr__(self,'gives_cause',gives_cause)\n  __dataclass_builtins_object__.__setattr__(self,'your_care',your_care)\n  __dataclass_builtins_object__.__setattr__(self,'owed',owed)\n  __dataclass_builtins_object__.__setattr__(self,'allowed',allowed)\n  __dataclass_builtins_object__.__setattr__(self,'paid',paid)\n  __dataclass_builtins_object__.__setattr__(self,'billed',billed)\n  __dataclass_builtins_object__.__setattr__(self,'total',total)\n  __dataclass_builtins_object__.__setattr__(self,'other_date',other_date)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_documents,
    _type_arguments,
    _type_venue,
    _type_deadlines,
    _type_warnings,
    _type_call_points,
    _type_call_points_provider,
    _type_suggestions,
    _type_funding,
    _type_final_internal_denial,
    _type_track,
    _type_stage,
    _type_stage_reason,
    _type_today,
    _type_overdue,
    _type_appeal_late,
    _type_grandfathered,
    _type_not_lactation_care,
    _type_billing_defects,
    _type_reasons_to_confirm,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_documents,
    _dflt_arguments,
    _dflt_venue,
    _dflt_deadlines,
    _dflt_warnings,
    _dflt_call_points,
    _dflt_call_points_provider,
    _dflt_suggestions,
    _dflt_funding,
    _dflt_final_internal_denial,
    _dflt_track,
    _dflt_stage,
    _dflt_stage_reason,
    _dflt_today,
    _dflt_overdue,
    _dflt_appeal_late,
    _dflt_grandfathered,
    _dflt_not_lactation_care,
    _dflt_billing_defects,
    _dflt_reasons_to_confirm,
    _return_type,
):
    def __init__(
        self,
        documents: _type_documents = _HAS_DEFAULT_FACTORY,
        arguments: _type_arguments = _HAS_DEFAULT_FACTORY,
        venue: _type_venue = _HAS_DEFAULT_FACTORY,
        deadlines: _type_deadlines = _HAS_DEFAULT_FACTORY,
        warnings: _type_warnings = _HAS_DEFAULT_FACTORY,
        call_points: _type_call_points = _HAS_DEFAULT_FACTORY,
        call_points_provider: _type_call_points_provider = _HAS_DEFAULT_FACTORY,
        suggestions: _type_suggestions = _HAS_DEFAULT_FACTORY,
        funding: _type_funding = _dflt_funding,
        final_internal_denial: _type_final_internal_denial = _dflt_final_internal_denial,
        track: _type_track = _dflt_track,
        stage: _type_stage = _dflt_stage,
        stage_reason: _type_stage_reason = _dflt_stage_reason,
        today: _type_today = _dflt_today,
        overdue: _type_overdue = _HAS_DEFAULT_FACTORY,
        appeal_late: _type_appeal_late = _dflt_appeal_late,
        grandfathered: _type_grandfathered = _dflt_grandfathered,
        not_lactation_care: _type_not_lactation_care = _HAS_DEFAULT_FACTORY,
        billing_defects: _type_billing_defects = _HAS_DEFAULT_FACTORY,
        reasons_to_confirm: _type_reasons_to_confirm = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.documents = _dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents
        self.arguments = _dflt_arguments() if arguments is _HAS_DEFAULT_FACTORY else arguments
        self.venue = _dflt_venue() if venue is _HAS_DEFAULT_FACTORY else venue
        self.deadlines = _dflt_deadlines() if deadlines is _HAS_DEFAULT_FACTORY else deadlines
        self.warnings = _dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings
        self.call_points = (
            _dflt_call_points() if call_points is _HAS_DEFAULT_FACTORY else call_points
        )
        self.call_points_provider = (
            _dflt_call_points_provider()
            if call_points_provider is _HAS_DEFAULT_FACTORY
            else call_points_provider
        )
        self.suggestions = (
            _dflt_suggestions() if suggestions is _HAS_DEFAULT_FACTORY else suggestions
        )
        self.funding = funding
        self.final_internal_denial = final_internal_denial
        self.track = track
        self.stage = stage
        self.stage_reason = stage_reason
        self.today = today
        self.overdue = _dflt_overdue() if overdue is _HAS_DEFAULT_FACTORY else overdue
        self.appeal_late = appeal_late
        self.grandfathered = grandfathered
        self.not_lactation_care = (
            _dflt_not_lactation_care()
            if not_lactation_care is _HAS_DEFAULT_FACTORY
            else not_lactation_care
        )
        self.billing_defects = (
            _dflt_billing_defects() if billing_defects is _HAS_DEFAULT_FACTORY else billing_defects
        )
        self.reasons_to_confirm = (
            _dflt_reasons_to_confirm()
            if reasons_to_confirm is _HAS_DEFAULT_FACTORY
            else reasons_to_confirm
        )

    return __init__


CODE[
    "def __create_fn__(_type_documents, _type_arguments, _type_venue, _type_deadlines, _type_warnings, _type_call_points, _type_call_points_provider, _type_suggestions, _type_funding, _type_final_internal_denial, _type_track, _type_stage, _type_stage_reason, _type_today, _type_overdue, _type_appeal_late, _type_grandfathered, _type_not_lactation_care, _type_billing_defects, _type_reasons_to_confirm, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_documents, _dflt_arguments, _dflt_venue, _dflt_deadlines, _dflt_warnings, _dflt_call_points, _dflt_call_points_provider, _dflt_suggestions, _dflt_funding, _dflt_final_internal_denial, _dflt_track, _dflt_stage, _dflt_stage_reason, _dflt_today, _dflt_overdue, _dflt_appeal_late, _dflt_grandfathered, _dflt_not_lactation_care, _dflt_billing_defects, _dflt_reasons_to_confirm, _return_type):\n def __init__(self,documents:_type_documents=_HAS_DEFAULT_FACTORY,arguments:_type_arguments=_HAS_DEFAULT_FACTORY,venue:_type_venue=_HAS_DEFAULT_FACTORY,deadlines:_type_deadlines=_HAS_DEFAULT_FACTORY,warnings:_type_warnings=_HAS_DEFAULT_FACTORY,call_points:_type_call_points=_HAS_DEFAULT_FACTORY,call_points_provider:_type_call_points_provider=_HAS_DEFAULT_FACTORY,suggestions:_type_suggestions=_HAS_DEFAULT_FACTORY,funding:_type_funding=_dflt_funding,final_internal_denial:_type_final_internal_denial=_dflt_final_internal_denial,track:_type_track=_dflt_track,stage:_type_stage=_dflt_stage,stage_reason:_type_stage_reason=_dflt_stage_reason,today:_type_today=_dflt_today,overdue:_type_overdue=_HAS_DEFAULT_FACTORY,appeal_late:_type_appeal_late=_dflt_appeal_late,grandfathered:_type_grandfathered=_dflt_grandfathered,not_lactation_care:_type_not_lactation_care=_HAS_DEFAULT_FACTORY,billing_defects:_type_billing_defects=_HAS_DEFAULT_FACTORY,reasons_to_confirm:_type_reasons_to_confirm=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.documents=_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents\n  self.arguments=_dflt_arguments() if arguments is _HAS_DEFAULT_FACTORY else arguments\n  self.venue=_dflt_venue() if venue is _HAS_DEFAULT_FACTORY else venue\n  self.deadlines=_dflt_deadlines() if deadlines is _HAS_DEFAULT_FACTORY else deadlines\n  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings\n  self.call_points=_dflt_call_points() if call_points is _HAS_DEFAULT_FACTORY else call_points\n  self.call_points_provider=_dflt_call_points_provider() if call_points_provider is _HAS_DEFAULT_FACTORY else call_points_provider\n  self.suggestions=_dflt_suggestions() if suggestions is _HAS_DEFAULT_FACTORY else suggestions\n  self.funding=funding\n  self.final_internal_denial=final_internal_denial\n  self.track=track\n  self.stage=stage\n  self.stage_reason=stage_reason\n  self.today=today\n  self.overdue=_dflt_overdue() if overdue is _HAS_DEFAULT_FACTORY else overdue\n  self.appeal_late=appeal_late\n  self.grandfathered=grandfathered\n  self.not_lactation_care=_dflt_not_lactation_care() if not_lactation_care is _HAS_DEFAULT_FACTORY else not_lactation_care\n  self.billing_defects=_dflt_billing_defects() if billing_defects is _HAS_DEFAULT_FACTORY else billing_defects\n  self.reasons_to_confirm=_dflt_reasons_to_confirm() if reasons_to_confirm is _HAS_DEFAULT_FACTORY else reasons_to_confirm\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_element,
    _type_component,
    _type_terminator,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, element: _type_element, component: _type_component, terminator: _type_terminator
    ) -> _return_type:
        self.element = element
        self.component = component
        self.terminator = terminator

    return __init__


CODE[
    "def __create_fn__(_type_element, _type_component, _type_terminator, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,element:_type_element,component:_type_component,terminator:_type_terminator)->_return_type:\n  self.element=element\n  self.component=component\n  self.terminator=terminator\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_entity,
    _type_payee,
    _type_payers_seen,
    _type_payer_phones,
    _type_production_date,
    _type_payment_date,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_entity,
    _dflt_payee,
    _dflt_payers_seen,
    _dflt_payer_phones,
    _dflt_production_date,
    _dflt_payment_date,
    _return_type,
):
    def __init__(
        self,
        entity: _type_entity = _dflt_entity,
        payee: _type_payee = _HAS_DEFAULT_FACTORY,
        payers_seen: _type_payers_seen = _HAS_DEFAULT_FACTORY,
        payer_phones: _type_payer_phones = _HAS_DEFAULT_FACTORY,
        production_date: _type_production_date = _dflt_production_date,
        payment_date: _type_payment_date = _dflt_payment_date,
    ) -> _return_type:
        self.entity = entity
        self.payee = _dflt_payee() if payee is _HAS_DEFAULT_FACTORY else payee
        self.payers_seen = (
            _dflt_payers_seen() if payers_seen is _HAS_DEFAULT_FACTORY else payers_seen
        )
        self.payer_phones = (
            _dflt_payer_phones() if payer_phones is _HAS_DEFAULT_FACTORY else payer_phones
        )
        self.production_date = production_date
        self.payment_date = payment_date

    return __init__


CODE[
    "def __create_fn__(_type_entity, _type_payee, _type_payers_seen, _type_payer_phones, _type_production_date, _type_payment_date, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_entity, _dflt_payee, _dflt_payers_seen, _dflt_payer_phones, _dflt_production_date, _dflt_payment_date, _return_type):\n def __init__(self,entity:_type_entity=_dflt_entity,payee:_type_payee=_HAS_DEFAULT_FACTORY,payers_seen:_type_payers_seen=_HAS_DEFAULT_FACTORY,payer_phones:_type_payer_phones=_HAS_DEFAULT_FACTORY,production_date:_type_production_date=_dflt_production_date,payment_date:_type_payment_date=_dflt_payment_date)->_return_type:\n  self.entity=entity\n  self.payee=_dflt_payee() if payee is _HAS_DEFAULT_FACTORY else payee\n  self.payers_seen=_dflt_payers_seen() if payers_seen is _HAS_DEFAULT_FACTORY else payers_seen\n  self.payer_phones=_dflt_payer_phones() if payer_phones is _HAS_DEFAULT_FACTORY else payer_phones\n  self.production_date=production_date\n  self.payment_date=payment_date\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_field,
    _type_score,
    _type_exact,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(self, field: _type_field, score: _type_score, exact: _type_exact) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "field", field)
        __dataclass_builtins_object__.__setattr__(self, "score", score)
        __dataclass_builtins_object__.__setattr__(self, "exact", exact)

    return __init__


CODE[
    "def __create_fn__(_type_field, _type_score, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,field:_type_field,score:_type_score,exact:_type_exact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_field,
    _type_value,
    _type_line,
    _type_label,
    _type_exact,
    _type_score,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_exact,
    _dflt_score,
    _return_type,
):
    def __init__(
        self,
        field: _type_field,
        value: _type_value,
        line: _type_line,
        label: _type_label,
        exact: _type_exact = _dflt_exact,
        score: _type_score = _dflt_score,
    ) -> _return_type:
        self.field = field
        self.value = value
        self.line = line
        self.label = label
        self.exact = exact
        self.score = score

    return __init__


CODE[
    "def __create_fn__(_type_field, _type_value, _type_line, _type_label, _type_exact, _type_score, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exact, _dflt_score, _return_type):\n def __init__(self,field:_type_field,value:_type_value,line:_type_line,label:_type_label,exact:_type_exact=_dflt_exact,score:_type_score=_dflt_score)->_return_type:\n  self.field=field\n  self.value=value\n  self.line=line\n  self.label=label\n  self.exact=exact\n  self.score=score\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_fields,
    _type_columns,
    _type_titles,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, fields: _type_fields, columns: _type_columns, titles: _type_titles
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "fields", fields)
        __dataclass_builtins_object__.__setattr__(self, "columns", columns)
        __dataclass_builtins_object__.__setattr__(self, "titles", titles)

    return __init__


CODE[
    "def __create_fn__(_type_fields, _type_columns, _type_titles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,fields:_type_fields,columns:_type_columns,titles:_type_titles)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'titles',titles)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_file,
    _type_sha256,
    _type_pages,
    _type_ocr_used,
    _type_kind,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_pages,
    _dflt_ocr_used,
    _dflt_kind,
    _return_type,
):
    def __init__(
        self,
        file: _type_file,
        sha256: _type_sha256,
        pages: _type_pages = _dflt_pages,
        ocr_used: _type_ocr_used = _dflt_ocr_used,
        kind: _type_kind = _dflt_kind,
    ) -> _return_type:
        self.file = file
        self.sha256 = sha256
        self.pages = pages
        self.ocr_used = ocr_used
        self.kind = kind

    return __init__


CODE[
    "def __create_fn__(_type_file, _type_sha256, _type_pages, _type_ocr_used, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pages, _dflt_ocr_used, _dflt_kind, _return_type):\n def __init__(self,file:_type_file,sha256:_type_sha256,pages:_type_pages=_dflt_pages,ocr_used:_type_ocr_used=_dflt_ocr_used,kind:_type_kind=_dflt_kind)->_return_type:\n  self.file=file\n  self.sha256=sha256\n  self.pages=pages\n  self.ocr_used=ocr_used\n  self.kind=kind\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_funding_outright,
    _type_organisation,
    _type_network,
    _type_other_number_labels,
    _type_status_denied,
    _type_status_paid,
    _type_plan_types,
    _type_claim_label_words,
    _type_other_reference_words,
    _type_appeal_rights,
    _type_phone_context,
    _type_phone_elsewhere,
    _type_street_words,
    _type_name_particles,
    _type_document_words,
    _type_provider_words,
    _type_code_key_titles,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        funding_outright: _type_funding_outright,
        organisation: _type_organisation,
        network: _type_network,
        other_number_labels: _type_other_number_labels,
        status_denied: _type_status_denied,
        status_paid: _type_status_paid,
        plan_types: _type_plan_types,
        claim_label_words: _type_claim_label_words,
        other_reference_words: _type_other_reference_words,
        appeal_rights: _type_appeal_rights,
        phone_context: _type_phone_context,
        phone_elsewhere: _type_phone_elsewhere,
        street_words: _type_street_words,
        name_particles: _type_name_particles,
        document_words: _type_document_words,
        provider_words: _type_provider_words,
        code_key_titles: _type_code_key_titles,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "funding_outright", funding_outright)
        __dataclass_builtins_object__.__setattr__(self, "organisation", organisation)
        __dataclass_builtins_object__.__setattr__(self, "network", network)
        __dataclass_builtins_object__.__setattr__(self, "other_number_labels", other_number_labels)
        __dataclass_builtins_object__.__setattr__(self, "status_denied", status_denied)
        __dataclass_builtins_object__.__setattr__(self, "status_paid", status_paid)
        __dataclass_builtins_object__.__setattr__(self, "plan_types", plan_types)
        __dataclass_builtins_object__.__setattr__(self, "claim_label_words", claim_label_words)
        __dataclass_builtins_object__.__setattr__(
            self, "other_reference_words", other_reference_words
        )
        __dataclass_builtins_object__.__setattr__(self, "appeal_rights", appeal_rights)
        __dataclass_builtins_object__.__setattr__(self, "phone_context", phone_context)
        __dataclass_builtins_object__.__setattr__(self, "phone_elsewhere", phone_elsewhere)
        __dataclass_builtins_object__.__setattr__(self, "street_words", street_words)
        __dataclass_builtins_object__.__setattr__(self, "name_particles", name_particles)
        __dataclass_builtins_object__.__setattr__(self, "document_words", document_words)
        __dataclass_builtins_object__.__setattr__(self, "provider_words", provider_words)
        __dataclass_builtins_object__.__setattr__(self, "code_key_titles", code_key_titles)

    return __init__


CODE[
    "def __create_fn__(_type_funding_outright, _type_organisation, _type_network, _type_other_number_labels, _type_status_denied, _type_status_paid, _type_plan_types, _type_claim_label_words, _type_other_reference_words, _type_appeal_rights, _type_phone_context, _type_phone_elsewhere, _type_street_words, _type_name_particles, _type_document_words, _type_provider_words, _type_code_key_titles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,funding_outright:_type_funding_outright,organisation:_type_organisation,network:_type_network,other_number_labels:_type_other_number_labels,status_denied:_type_status_denied,status_paid:_type_status_paid,plan_types:_type_plan_types,claim_label_words:_type_claim_label_words,other_reference_words:_type_other_reference_words,appeal_rights:_type_appeal_rights,phone_context:_type_phone_context,phone_elsewhere:_type_phone_elsewhere,street_words:_type_street_words,name_particles:_type_name_particles,document_words:_type_document_words,provider_words:_type_provider_words,code_key_titles:_type_code_key_titles)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'funding_outright',funding_outright)\n  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)\n  __dataclass_builtins_object__.__setattr__(self,'network',network)\n  __dataclass_builtins_object__.__setattr__(self,'other_number_labels',other_number_labels)\n  __dataclass_builtins_object__.__setattr__(self,'status_denied',status_denied)\n  __dataclass_builtins_object__.__setattr__(self,'status_paid',status_paid)\n  __dataclass_builtins_object__.__setattr__(self,'plan_types',plan_types)\n  __dataclass_builtins_object__.__setattr__(self,'claim_label_words',claim_label_words)\n  __dataclass_builtins_object__.__setattr__(self,'other_reference_words',other_reference_words)\n  __dataclass_builtins_object__.__setattr__(self,'appeal_rights',appeal_rights)\n  __dataclass_builtins_object__.__setattr__(self,'phone_context',phone_context)\n  __dataclass_builtins_object__.__setattr__(self,'phone_elsewhere',phone_elsewhere)\n  __dataclass_builtins_object__.__setattr__(self,'street_words',street_words)\n  __dataclass_builtins_object__.__setattr__(self,'name_particles',name_particles)\n  __dataclass_builtins_object__.__setattr__(self,'document_words',document_words)\n  __dataclass_builtins_object__.__setattr__(self,'provider_words',provider_words)\n  __dataclass_builtins_object__.__setattr__(self,'code_key_titles',code_key_titles)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_group,
    _type_code,
    _type_amount,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_amount,
    _return_type,
):
    def __init__(
        self, group: _type_group, code: _type_code, amount: _type_amount = _dflt_amount
    ) -> _return_type:
        self.group = group
        self.code = code
        self.amount = amount

    return __init__


CODE[
    "def __create_fn__(_type_group, _type_code, _type_amount, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_amount, _return_type):\n def __init__(self,group:_type_group,code:_type_code,amount:_type_amount=_dflt_amount)->_return_type:\n  self.group=group\n  self.code=code\n  self.amount=amount\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_header,
    _type_claims,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_header,
    _dflt_claims,
    _return_type,
):
    def __init__(
        self,
        header: _type_header = _HAS_DEFAULT_FACTORY,
        claims: _type_claims = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.header = _dflt_header() if header is _HAS_DEFAULT_FACTORY else header
        self.claims = _dflt_claims() if claims is _HAS_DEFAULT_FACTORY else claims

    return __init__


CODE[
    "def __create_fn__(_type_header, _type_claims, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_header, _dflt_claims, _return_type):\n def __init__(self,header:_type_header=_HAS_DEFAULT_FACTORY,claims:_type_claims=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.header=_dflt_header() if header is _HAS_DEFAULT_FACTORY else header\n  self.claims=_dflt_claims() if claims is _HAS_DEFAULT_FACTORY else claims\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_header_index,
    _type_columns,
    _type_rows,
    _type_end_index,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_rows,
    _dflt_end_index,
    _return_type,
):
    def __init__(
        self,
        header_index: _type_header_index,
        columns: _type_columns,
        rows: _type_rows = _HAS_DEFAULT_FACTORY,
        end_index: _type_end_index = _dflt_end_index,
    ) -> _return_type:
        self.header_index = header_index
        self.columns = columns
        self.rows = _dflt_rows() if rows is _HAS_DEFAULT_FACTORY else rows
        self.end_index = end_index

    return __init__


CODE[
    "def __create_fn__(_type_header_index, _type_columns, _type_rows, _type_end_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rows, _dflt_end_index, _return_type):\n def __init__(self,header_index:_type_header_index,columns:_type_columns,rows:_type_rows=_HAS_DEFAULT_FACTORY,end_index:_type_end_index=_dflt_end_index)->_return_type:\n  self.header_index=header_index\n  self.columns=columns\n  self.rows=_dflt_rows() if rows is _HAS_DEFAULT_FACTORY else rows\n  self.end_index=end_index\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_heads,
    _type_needs,
    _type_fits,
    _type_rules_out,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, heads: _type_heads, needs: _type_needs, fits: _type_fits, rules_out: _type_rules_out
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "heads", heads)
        __dataclass_builtins_object__.__setattr__(self, "needs", needs)
        __dataclass_builtins_object__.__setattr__(self, "fits", fits)
        __dataclass_builtins_object__.__setattr__(self, "rules_out", rules_out)

    return __init__


CODE[
    "def __create_fn__(_type_heads, _type_needs, _type_fits, _type_rules_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,heads:_type_heads,needs:_type_needs,fits:_type_fits,rules_out:_type_rules_out)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'heads',heads)\n  __dataclass_builtins_object__.__setattr__(self,'needs',needs)\n  __dataclass_builtins_object__.__setattr__(self,'fits',fits)\n  __dataclass_builtins_object__.__setattr__(self,'rules_out',rules_out)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_id,
    _type_answers,
    _type_citations,
    _type_reason,
    _type_title,
    _type_text,
    _type_citation_urls,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_answers,
    _dflt_citations,
    _dflt_reason,
    _dflt_title,
    _dflt_text,
    _dflt_citation_urls,
    _return_type,
):
    def __init__(
        self,
        id: _type_id,
        answers: _type_answers = _HAS_DEFAULT_FACTORY,
        citations: _type_citations = _HAS_DEFAULT_FACTORY,
        reason: _type_reason = _dflt_reason,
        title: _type_title = _dflt_title,
        text: _type_text = _dflt_text,
        citation_urls: _type_citation_urls = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.id = id
        self.answers = _dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers
        self.citations = _dflt_citations() if citations is _HAS_DEFAULT_FACTORY else citations
        self.reason = reason
        self.title = title
        self.text = text
        self.citation_urls = (
            _dflt_citation_urls() if citation_urls is _HAS_DEFAULT_FACTORY else citation_urls
        )

    return __init__


CODE[
    "def __create_fn__(_type_id, _type_answers, _type_citations, _type_reason, _type_title, _type_text, _type_citation_urls, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answers, _dflt_citations, _dflt_reason, _dflt_title, _dflt_text, _dflt_citation_urls, _return_type):\n def __init__(self,id:_type_id,answers:_type_answers=_HAS_DEFAULT_FACTORY,citations:_type_citations=_HAS_DEFAULT_FACTORY,reason:_type_reason=_dflt_reason,title:_type_title=_dflt_title,text:_type_text=_dflt_text,citation_urls:_type_citation_urls=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.id=id\n  self.answers=_dflt_answers() if answers is _HAS_DEFAULT_FACTORY else answers\n  self.citations=_dflt_citations() if citations is _HAS_DEFAULT_FACTORY else citations\n  self.reason=reason\n  self.title=title\n  self.text=text\n  self.citation_urls=_dflt_citation_urls() if citation_urls is _HAS_DEFAULT_FACTORY else citation_urls\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_id,
    _type_priority,
    _type_description,
    _type_choice,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_choice,
    _return_type,
):
    def __init__(
        self,
        id: _type_id,
        priority: _type_priority,
        description: _type_description,
        choice: _type_choice = _dflt_choice,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "id", id)
        __dataclass_builtins_object__.__setattr__(self, "priority", priority)
        __dataclass_builtins_object__.__setattr__(self, "description", description)
        __dataclass_builtins_object__.__setattr__(self, "choice", choice)

    return __init__


CODE[
    "def __create_fn__(_type_id, _type_priority, _type_description, _type_choice, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_choice, _return_type):\n def __init__(self,id:_type_id,priority:_type_priority,description:_type_description,choice:_type_choice=_dflt_choice)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'choice',choice)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_internal_appeal,
    _type_external_review,
    _type_reasons,
    _type_fair_hearing,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_internal_appeal,
    _dflt_external_review,
    _dflt_reasons,
    _dflt_fair_hearing,
    _return_type,
):
    def __init__(
        self,
        internal_appeal: _type_internal_appeal = _dflt_internal_appeal,
        external_review: _type_external_review = _dflt_external_review,
        reasons: _type_reasons = _HAS_DEFAULT_FACTORY,
        fair_hearing: _type_fair_hearing = _dflt_fair_hearing,
    ) -> _return_type:
        self.internal_appeal = internal_appeal
        self.external_review = external_review
        self.reasons = _dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons
        self.fair_hearing = fair_hearing

    return __init__


CODE[
    "def __create_fn__(_type_internal_appeal, _type_external_review, _type_reasons, _type_fair_hearing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_internal_appeal, _dflt_external_review, _dflt_reasons, _dflt_fair_hearing, _return_type):\n def __init__(self,internal_appeal:_type_internal_appeal=_dflt_internal_appeal,external_review:_type_external_review=_dflt_external_review,reasons:_type_reasons=_HAS_DEFAULT_FACTORY,fair_hearing:_type_fair_hearing=_dflt_fair_hearing)->_return_type:\n  self.internal_appeal=internal_appeal\n  self.external_review=external_review\n  self.reasons=_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons\n  self.fair_hearing=fair_hearing\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_kind,
    _type_file,
    _type_claim_numbers,
    _type_recipient,
    _type_reason,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_claim_numbers,
    _dflt_recipient,
    _dflt_reason,
    _return_type,
):
    def __init__(
        self,
        kind: _type_kind,
        file: _type_file,
        claim_numbers: _type_claim_numbers = _HAS_DEFAULT_FACTORY,
        recipient: _type_recipient = _dflt_recipient,
        reason: _type_reason = _dflt_reason,
    ) -> _return_type:
        self.kind = kind
        self.file = file
        self.claim_numbers = (
            _dflt_claim_numbers() if claim_numbers is _HAS_DEFAULT_FACTORY else claim_numbers
        )
        self.recipient = recipient
        self.reason = reason

    return __init__


CODE[
    "def __create_fn__(_type_kind, _type_file, _type_claim_numbers, _type_recipient, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_claim_numbers, _dflt_recipient, _dflt_reason, _return_type):\n def __init__(self,kind:_type_kind,file:_type_file,claim_numbers:_type_claim_numbers=_HAS_DEFAULT_FACTORY,recipient:_type_recipient=_dflt_recipient,reason:_type_reason=_dflt_reason)->_return_type:\n  self.kind=kind\n  self.file=file\n  self.claim_numbers=_dflt_claim_numbers() if claim_numbers is _HAS_DEFAULT_FACTORY else claim_numbers\n  self.recipient=recipient\n  self.reason=reason\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_kind,
    _type_name,
    _type_url,
    _type_phone,
    _type_reason,
    _type_state,
    _type_guidance,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_kind,
    _dflt_name,
    _dflt_url,
    _dflt_phone,
    _dflt_reason,
    _dflt_state,
    _dflt_guidance,
    _return_type,
):
    def __init__(
        self,
        kind: _type_kind = _dflt_kind,
        name: _type_name = _dflt_name,
        url: _type_url = _dflt_url,
        phone: _type_phone = _dflt_phone,
        reason: _type_reason = _dflt_reason,
        state: _type_state = _dflt_state,
        guidance: _type_guidance = _dflt_guidance,
    ) -> _return_type:
        self.kind = kind
        self.name = name
        self.url = url
        self.phone = phone
        self.reason = reason
        self.state = state
        self.guidance = guidance

    return __init__


CODE[
    "def __create_fn__(_type_kind, _type_name, _type_url, _type_phone, _type_reason, _type_state, _type_guidance, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_name, _dflt_url, _dflt_phone, _dflt_reason, _dflt_state, _dflt_guidance, _return_type):\n def __init__(self,kind:_type_kind=_dflt_kind,name:_type_name=_dflt_name,url:_type_url=_dflt_url,phone:_type_phone=_dflt_phone,reason:_type_reason=_dflt_reason,state:_type_state=_dflt_state,guidance:_type_guidance=_dflt_guidance)->_return_type:\n  self.kind=kind\n  self.name=name\n  self.url=url\n  self.phone=phone\n  self.reason=reason\n  self.state=state\n  self.guidance=guidance\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_label,
    _type_value,
    _type_fields,
    _type_exact,
    _type_score,
    _type_start,
    _type_comma,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_start,
    _dflt_comma,
    _return_type,
):
    def __init__(
        self,
        label: _type_label,
        value: _type_value,
        fields: _type_fields,
        exact: _type_exact,
        score: _type_score,
        start: _type_start = _dflt_start,
        comma: _type_comma = _dflt_comma,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "label", label)
        __dataclass_builtins_object__.__setattr__(self, "value", value)
        __dataclass_builtins_object__.__setattr__(self, "fields", fields)
        __dataclass_builtins_object__.__setattr__(self, "exact", exact)
        __dataclass_builtins_object__.__setattr__(self, "score", score)
        __dataclass_builtins_object__.__setattr__(self, "start", start)
        __dataclass_builtins_object__.__setattr__(self, "comma", comma)

    return __init__


CODE[
    "def __create_fn__(_type_label, _type_value, _type_fields, _type_exact, _type_score, _type_start, _type_comma, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_comma, _return_type):\n def __init__(self,label:_type_label,value:_type_value,fields:_type_fields,exact:_type_exact,score:_type_score,start:_type_start=_dflt_start,comma:_type_comma=_dflt_comma)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n  __dataclass_builtins_object__.__setattr__(self,'score',score)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'comma',comma)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_label,
    _type_value,
    _type_lines,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_lines,
    _return_type,
):
    def __init__(
        self, label: _type_label, value: _type_value, lines: _type_lines = _HAS_DEFAULT_FACTORY
    ) -> _return_type:
        self.label = label
        self.value = value
        self.lines = _dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines

    return __init__


CODE[
    "def __create_fn__(_type_label, _type_value, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):\n def __init__(self,label:_type_label,value:_type_value,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.label=label\n  self.value=value\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_labels,
    _type_rules,
    _type_conditional,
    _type_conditional_after,
    _type_window,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        labels: _type_labels,
        rules: _type_rules,
        conditional: _type_conditional,
        conditional_after: _type_conditional_after,
        window: _type_window,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "labels", labels)
        __dataclass_builtins_object__.__setattr__(self, "rules", rules)
        __dataclass_builtins_object__.__setattr__(self, "conditional", conditional)
        __dataclass_builtins_object__.__setattr__(self, "conditional_after", conditional_after)
        __dataclass_builtins_object__.__setattr__(self, "window", window)

    return __init__


CODE[
    "def __create_fn__(_type_labels, _type_rules, _type_conditional, _type_conditional_after, _type_window, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,labels:_type_labels,rules:_type_rules,conditional:_type_conditional,conditional_after:_type_conditional_after,window:_type_window)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'conditional',conditional)\n  __dataclass_builtins_object__.__setattr__(self,'conditional_after',conditional_after)\n  __dataclass_builtins_object__.__setattr__(self,'window',window)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_line,
    _type_cell,
    _type_start,
    _type_end,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, line: _type_line, cell: _type_cell, start: _type_start, end: _type_end
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "line", line)
        __dataclass_builtins_object__.__setattr__(self, "cell", cell)
        __dataclass_builtins_object__.__setattr__(self, "start", start)
        __dataclass_builtins_object__.__setattr__(self, "end", end)

    return __init__


CODE[
    "def __create_fn__(_type_line, _type_cell, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,cell:_type_cell,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'cell',cell)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_line,
    _type_page,
    _type_bbox,
    _type_text,
    _type_word_conf,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        line: _type_line,
        page: _type_page,
        bbox: _type_bbox,
        text: _type_text,
        word_conf: _type_word_conf,
    ) -> _return_type:
        self.line = line
        self.page = page
        self.bbox = bbox
        self.text = text
        self.word_conf = word_conf

    return __init__


CODE[
    "def __create_fn__(_type_line, _type_page, _type_bbox, _type_text, _type_word_conf, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,page:_type_page,bbox:_type_bbox,text:_type_text,word_conf:_type_word_conf)->_return_type:\n  self.line=line\n  self.page=page\n  self.bbox=bbox\n  self.text=text\n  self.word_conf=word_conf\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_line_index,
    _type_cells,
    _type_text,
    _type_is_total,
    _type_extra,
    _type_extra_lines,
    _type_group,
    _type_id_in_cell,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_cells,
    _dflt_text,
    _dflt_is_total,
    _dflt_extra,
    _dflt_extra_lines,
    _dflt_group,
    _dflt_id_in_cell,
    _return_type,
):
    def __init__(
        self,
        line_index: _type_line_index,
        cells: _type_cells = _HAS_DEFAULT_FACTORY,
        text: _type_text = _dflt_text,
        is_total: _type_is_total = _dflt_is_total,
        extra: _type_extra = _HAS_DEFAULT_FACTORY,
        extra_lines: _type_extra_lines = _HAS_DEFAULT_FACTORY,
        group: _type_group = _dflt_group,
        id_in_cell: _type_id_in_cell = _dflt_id_in_cell,
    ) -> _return_type:
        self.line_index = line_index
        self.cells = _dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells
        self.text = text
        self.is_total = is_total
        self.extra = _dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra
        self.extra_lines = (
            _dflt_extra_lines() if extra_lines is _HAS_DEFAULT_FACTORY else extra_lines
        )
        self.group = group
        self.id_in_cell = id_in_cell

    return __init__


CODE[
    "def __create_fn__(_type_line_index, _type_cells, _type_text, _type_is_total, _type_extra, _type_extra_lines, _type_group, _type_id_in_cell, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_text, _dflt_is_total, _dflt_extra, _dflt_extra_lines, _dflt_group, _dflt_id_in_cell, _return_type):\n def __init__(self,line_index:_type_line_index,cells:_type_cells=_HAS_DEFAULT_FACTORY,text:_type_text=_dflt_text,is_total:_type_is_total=_dflt_is_total,extra:_type_extra=_HAS_DEFAULT_FACTORY,extra_lines:_type_extra_lines=_HAS_DEFAULT_FACTORY,group:_type_group=_dflt_group,id_in_cell:_type_id_in_cell=_dflt_id_in_cell)->_return_type:\n  self.line_index=line_index\n  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells\n  self.text=text\n  self.is_total=is_total\n  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra\n  self.extra_lines=_dflt_extra_lines() if extra_lines is _HAS_DEFAULT_FACTORY else extra_lines\n  self.group=group\n  self.id_in_cell=id_in_cell\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_line_tolerance,
    _type_cell_gap,
    _type_min_cell_gap_pt,
    _type_edge_band,
    _type_page_mark_strip,
    _type_page_mark_max_size,
    _type_column_gutter_pt,
    _type_column_min_lines,
    _type_column_offset,
    _type_column_min_offset_lines,
    _type_column_offset_share,
    _type_column_join_gap,
    _type_transposed_min_rows,
    _type_transposed_row_gap,
    _type_transposed_uniform_share,
    _type_transposed_gap_chars,
    _type_column_max_depth,
    _type_stack_max_gap,
    _type_kv_align_pt,
    _type_kv_max_label_words,
    _type_box_align_pt,
    _type_heading_gap_chars,
    _type_header_band_gap,
    _type_row_end_gap,
    _type_continuation_gap,
    _type_sample_rows,
    _type_max_heading_words,
    _type_sure_threshold,
    _type_ocr_low_word_confidence,
    _type_ocr_ceiling,
    _type_ocr_poor_page_share,
    _type_ocr_psm,
    _type_ocr_language,
    _type_ocr_accent_language,
    _type_ocr_accent_most,
    _type_ocr_thresholding,
    _type_ocr_min_confidence,
    _type_ocr_dash_confidence,
    _type_ocr_repaired_confidence,
    _type_ocr_mark_band,
    _type_ocr_mark_ink,
    _type_ocr_border_height,
    _type_ocr_hairline,
    _type_ocr_join_gap,
    _type_ocr_min_spaces,
    _type_ocr_tall_word,
    _type_ocr_ink_pad,
    _type_ocr_pad_gap,
    _type_ocr_type_boxes,
    _type_ocr_garbled_words,
    _type_ocr_garbled_confidence,
    _type_ocr_second_psm,
    _type_ocr_orientation,
    _type_ocr_upright_share,
    _type_ocr_upright_confidence,
    _type_ocr_osd_dpi,
    _type_ocr_osd_confidence,
    _type_ocr_turn_band,
    _type_ocr_bilevel_share,
    _type_ocr_speck_in2,
    _type_ocr_bilevel_blur_in,
    _type_ocr_bilevel_grow_in,
    _type_ocr_paper_dpi,
    _type_ocr_paper_window_in,
    _type_ocr_paper_low_share,
    _type_ocr_paper_spread,
    _type_ocr_dark_paper,
    _type_ocr_paper_floor,
    _type_ocr_max_skew,
    _type_ocr_rule_width_in,
    _type_ocr_rule_height_in,
    _type_ocr_rule_full,
    _type_ocr_rule_fringe,
    _type_ocr_leader_clear_in,
    _type_ocr_leader_dot_in,
    _type_ocr_leader_reach_in,
    _type_ocr_leader_full,
    _type_ocr_leader_dots,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_line_tolerance,
    _dflt_cell_gap,
    _dflt_min_cell_gap_pt,
    _dflt_edge_band,
    _dflt_page_mark_strip,
    _dflt_page_mark_max_size,
    _dflt_column_gutter_pt,
    _dflt_column_min_lines,
    _dflt_column_offset,
    _dflt_column_min_offset_lines,
    _dflt_column_offset_share,
    _dflt_column_join_gap,
    _dflt_transposed_min_rows,
    _dflt_transposed_row_gap,
    _dflt_transposed_uniform_share,
    _dflt_transposed_gap_chars,
    _dflt_column_max_depth,
    _dflt_stack_max_gap,
    _dflt_kv_align_pt,
    _dflt_kv_max_label_words,
    _dflt_box_align_pt,
    _dflt_heading_gap_chars,
    _dflt_header_band_gap,
    _dflt_row_end_gap,
    _dflt_continuation_gap,
    _dflt_sample_rows,
    _dflt_max_heading_words,
    _dflt_sure_threshold,
    _dflt_ocr_low_word_confidence,
    _dflt_ocr_ceiling,
    _dflt_ocr_poor_page_share,
    _dflt_ocr_psm,
    _dflt_ocr_language,
    _dflt_ocr_accent_language,
    _dflt_ocr_accent_most,
    _dflt_ocr_thresholding,
    _dflt_ocr_min_confidence,
    _dflt_ocr_dash_confidence,
    _dflt_ocr_repaired_confidence,
    _dflt_ocr_mark_band,
    _dflt_ocr_mark_ink,
    _dflt_ocr_border_height,
    _dflt_ocr_hairline,
    _dflt_ocr_join_gap,
    _dflt_ocr_min_spaces,
    _dflt_ocr_tall_word,
    _dflt_ocr_ink_pad,
    _dflt_ocr_pad_gap,
    _dflt_ocr_type_boxes,
    _dflt_ocr_garbled_words,
    _dflt_ocr_garbled_confidence,
    _dflt_ocr_second_psm,
    _dflt_ocr_orientation,
    _dflt_ocr_upright_share,
    _dflt_ocr_upright_confidence,
    _dflt_ocr_osd_dpi,
    _dflt_ocr_osd_confidence,
    _dflt_ocr_turn_band,
    _dflt_ocr_bilevel_share,
    _dflt_ocr_speck_in2,
    _dflt_ocr_bilevel_blur_in,
    _dflt_ocr_bilevel_grow_in,
    _dflt_ocr_paper_dpi,
    _dflt_ocr_paper_window_in,
    _dflt_ocr_paper_low_share,
    _dflt_ocr_paper_spread,
    _dflt_ocr_dark_paper,
    _dflt_ocr_paper_floor,
    _dflt_ocr_max_skew,
    _dflt_ocr_rule_width_in,
    _dflt_ocr_rule_height_in,
    _dflt_ocr_rule_full,
    _dflt_ocr_rule_fringe,
    _dflt_ocr_leader_clear_in,
    _dflt_ocr_leader_dot_in,
    _dflt_ocr_leader_reach_in,
    _dflt_ocr_leader_full,
    _dflt_ocr_leader_dots,
    _return_type,
):
    def __init__(
        self,
        line_tolerance: _type_line_tolerance = _dflt_line_tolerance,
        cell_gap: _type_cell_gap = _dflt_cell_gap,
        min_cell_gap_pt: _type_min_cell_gap_pt = _dflt_min_cell_gap_pt,
        edge_band: _type_edge_band = _dflt_edge_band,
        page_mark_strip: _type_page_mark_strip = _dflt_page_mark_strip,
        page_mark_max_size: _type_page_mark_max_size = _dflt_page_mark_max_size,
        column_gutter_pt: _type_column_gutter_pt = _dflt_column_gutter_pt,
        column_min_lines: _type_column_min_lines = _dflt_column_min_lines,
        column_offset: _type_column_offset = _dflt_column_offset,
        column_min_offset_lines: _type_column_min_offset_lines = _dflt_column_min_offset_lines,
        column_offset_share: _type_column_offset_share = _dflt_column_offset_share,
        column_join_gap: _type_column_join_gap = _dflt_column_join_gap,
        transposed_min_rows: _type_transposed_min_rows = _dflt_transposed_min_rows,
        transposed_row_gap: _type_transposed_row_gap = _dflt_transposed_row_gap,
        transposed_uniform_share: _type_transposed_uniform_share = _dflt_transposed_uniform_share,
        transposed_gap_chars: _type_transposed_gap_chars = _dflt_transposed_gap_chars,
        column_max_depth: _type_column_max_depth = _dflt_column_max_depth,
        stack_max_gap: _type_stack_max_gap = _dflt_stack_max_gap,
        kv_align_pt: _type_kv_align_pt = _dflt_kv_align_pt,
        kv_max_label_words: _type_kv_max_label_words = _dflt_kv_max_label_words,
        box_align_pt: _type_box_align_pt = _dflt_box_align_pt,
        heading_gap_chars: _type_heading_gap_chars = _dflt_heading_gap_chars,
        header_band_gap: _type_header_band_gap = _dflt_header_band_gap,
        row_end_gap: _type_row_end_gap = _dflt_row_end_gap,
        continuation_gap: _type_continuation_gap = _dflt_continuation_gap,
        sample_rows: _type_sample_rows = _dflt_sample_rows,
        max_heading_words: _type_max_heading_words = _dflt_max_heading_words,
        sure_threshold: _type_sure_threshold = _dflt_sure_threshold,
        ocr_low_word_confidence: _type_ocr_low_word_confidence = _dflt_ocr_low_word_confidence,
        ocr_ceiling: _type_ocr_ceiling = _dflt_ocr_ceiling,
        ocr_poor_page_share: _type_ocr_poor_page_share = _dflt_ocr_poor_page_share,
        ocr_psm: _type_ocr_psm = _dflt_ocr_psm,
        ocr_language: _type_ocr_language = _dflt_ocr_language,
        ocr_accent_language: _type_ocr_accent_language = _dflt_ocr_accent_language,
        ocr_accent_most: _type_ocr_accent_most = _dflt_ocr_accent_most,
        ocr_thresholding: _type_ocr_thresholding = _dflt_ocr_thresholding,
        ocr_min_confidence: _type_ocr_min_confidence = _dflt_ocr_min_confidence,
        ocr_dash_confidence: _type_ocr_dash_confidence = _dflt_ocr_dash_confidence,
        ocr_repaired_confidence: _type_ocr_repaired_confidence = _dflt_ocr_repaired_confidence,
        ocr_mark_band: _type_ocr_mark_band = _dflt_ocr_mark_band,
        ocr_mark_ink: _type_ocr_mark_ink = _dflt_ocr_mark_ink,
        ocr_border_height: _type_ocr_border_height = _dflt_ocr_border_height,
        ocr_hairline: _type_ocr_hairline = _dflt_ocr_hairline,
        ocr_join_gap: _type_ocr_join_gap = _dflt_ocr_join_gap,
        ocr_min_spaces: _type_ocr_min_spaces = _dflt_ocr_min_spaces,
        ocr_tall_word: _type_ocr_tall_word = _dflt_ocr_tall_word,
        ocr_ink_pad: _type_ocr_ink_pad = _dflt_ocr_ink_pad,
        ocr_pad_gap: _type_ocr_pad_gap = _dflt_ocr_pad_gap,
        ocr_type_boxes: _type_ocr_type_boxes = _dflt_ocr_type_boxes,
        ocr_garbled_words: _type_ocr_garbled_words = _dflt_ocr_garbled_words,
        ocr_garbled_confidence: _type_ocr_garbled_confidence = _dflt_ocr_garbled_confidence,
        ocr_second_psm: _type_ocr_second_psm = _dflt_ocr_second_psm,
        ocr_orientation: _type_ocr_orientation = _dflt_ocr_orientation,
        ocr_upright_share: _type_ocr_upright_share = _dflt_ocr_upright_share,
        ocr_upright_confidence: _type_ocr_upright_confidence = _dflt_ocr_upright_confidence,
        ocr_osd_dpi: _type_ocr_osd_dpi = _dflt_ocr_osd_dpi,
        ocr_osd_confidence: _type_ocr_osd_confidence = _dflt_ocr_osd_confidence,
        ocr_turn_band: _type_ocr_turn_band = _dflt_ocr_turn_band,
        ocr_bilevel_share: _type_ocr_bilevel_share = _dflt_ocr_bilevel_share,
        ocr_speck_in2: _type_ocr_speck_in2 = _dflt_ocr_speck_in2,
        ocr_bilevel_blur_in: _type_ocr_bilevel_blur_in = _dflt_ocr_bilevel_blur_in,
        ocr_bilevel_grow_in: _type_ocr_bilevel_grow_in = _dflt_ocr_bilevel_grow_in,
        ocr_paper_dpi: _type_ocr_paper_dpi = _dflt_ocr_paper_dpi,
        ocr_paper_window_in: _type_ocr_paper_window_in = _dflt_ocr_paper_window_in,
        ocr_paper_low_share: _type_ocr_paper_low_share = _dflt_ocr_paper_low_share,
        ocr_paper_spread: _type_ocr_paper_spread = _dflt_ocr_paper_spread,
        ocr_dark_paper: _type_ocr_dark_paper = _dflt_ocr_dark_paper,
        ocr_paper_floor: _type_ocr_paper_floor = _dflt_ocr_paper_floor,
        ocr_max_skew: _type_ocr_max_skew = _dflt_ocr_max_skew,
        ocr_rule_width_in: _type_ocr_rule_width_in = _dflt_ocr_rule_width_in,
        ocr_rule_height_in: _type_ocr_rule_height_in = _dflt_ocr_rule_height_in,
        ocr_rule_full: _type_ocr_rule_full = _dflt_ocr_rule_full,
        ocr_rule_fringe: _type_ocr_rule_fringe = _dflt_ocr_rule_fringe,
        ocr_leader_clear_in: _type_ocr_leader_clear_in = _dflt_ocr_leader_clear_in,
        ocr_leader_dot_in: _type_ocr_leader_dot_in = _dflt_ocr_leader_dot_in,
        ocr_leader_reach_in: _type_ocr_leader_reach_in = _dflt_ocr_leader_reach_in,
        ocr_leader_full: _type_ocr_leader_full = _dflt_ocr_leader_full,
        ocr_leader_dots: _type_ocr_leader_dots = _dflt_ocr_leader_dots,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "line_tolerance", line_tolerance)
        __dataclass_builtins_object__.__setattr__(self, "cell_gap", cell_gap)
        __dataclass_builtins_object__.__setattr__(self, "min_cell_gap_pt", min_cell_gap_pt)
        __dataclass_builtins_object__.__setattr__(self, "edge_band", edge_band)
        __dataclass_builtins_object__.__setattr__(self, "page_mark_strip", page_mark_strip)
        __dataclass_builtins_object__.__setattr__(self, "page_mark_max_size", page_mark_max_size)
        __dataclass_builtins_object__.__setattr__(self, "column_gutter_pt", column_gutter_pt)
        __dataclass_builtins_object__.__setattr__(self, "column_min_lines", column_min_lines)
        __dataclass_builtins_object__.__setattr__(self, "column_offset", column_offset)
        __dataclass_builtins_object__.__setattr__(
            self, "column_min_offset_lines", column_min_offset_lines
        )
        __dataclass_builtins_object__.__setattr__(self, "column_offset_share", column_offset_share)
        __dataclass_builtins_object__.__setattr__(self, "column_join_gap", column_join_gap)
        __dataclass_builtins_object__.__setattr__(self, "transposed_min_rows", transposed_min_rows)
        __dataclass_builtins_object__.__setattr__(self, "transposed_row_gap", transposed_row_gap)
        __dataclass_builtins_object__.__setattr__(
            self, "transposed_uniform_share", transposed_uniform_share
        )
        __dataclass_builtins_object__.__setattr__(
            self, "transposed_gap_chars", transposed_gap_chars
        )
        __dataclass_builtins_object__.__setattr__(self, "column_max_depth", column_max_depth)
        __dataclass_builtins_object__.__setattr__(self, "stack_max_gap", stack_max_gap)
        __dataclass_builtins_object__.__setattr__(self, "kv_align_pt", kv_align_pt)
        __dataclass_builtins_object__.__setattr__(self, "kv_max_label_words", kv_max_label_words)
        __dataclass_builtins_object__.__setattr__(self, "box_align_pt", box_align_pt)
        __dataclass_builtins_object__.__setattr__(self, "heading_gap_chars", heading_gap_chars)
        __dataclass_builtins_object__.__setattr__(self, "header_band_gap", header_band_gap)
        __dataclass_builtins_object__.__setattr__(self, "row_end_gap", row_end_gap)
        __dataclass_builtins_object__.__setattr__(self, "continuation_gap", continuation_gap)
        __dataclass_builtins_object__.__setattr__(self, "sample_rows", sample_rows)
        __dataclass_builtins_object__.__setattr__(self, "max_heading_words", max_heading_words)
        __dataclass_builtins_object__.__setattr__(self, "sure_threshold", sure_threshold)
        __dataclass_builtins_object__.__setattr__(
            self, "ocr_low_word_confidence", ocr_low_word_confidence
        )
        __dataclass_builtins_object__.__setattr__(self, "ocr_ceiling", ocr_ceiling)
        __dataclass_builtins_object__.__setattr__(self, "ocr_poor_page_share", ocr_poor_page_share)
        __dataclass_builtins_object__.__setattr__(self, "ocr_psm", ocr_psm)
        __dataclass_builtins_object__.__setattr__(self, "ocr_language", ocr_language)
        __dataclass_builtins_object__.__setattr__(self, "ocr_accent_language", ocr_accent_language)
        __dataclass_builtins_object__.__setattr__(self, "ocr_accent_most", ocr_accent_most)
        __dataclass_builtins_object__.__setattr__(self, "ocr_thresholding", ocr_thresholding)
        __dataclass_builtins_object__.__setattr__(self, "ocr_min_confidence", ocr_min_confidence)
        __dataclass_builtins_object__.__setattr__(self, "ocr_dash_confidence", ocr_dash_confidence)
        __dataclass_builtins_object__.__setattr__(
            self, "ocr_repaired_confidence", ocr_repaired_confidence
        )
        __dataclass_builtins_object__.__setattr__(self, "ocr_mark_band", ocr_mark_band)
        __dataclass_builtins_object__.__setattr__(self, "ocr_mark_ink", ocr_mark_ink)
        __dataclass_builtins_object__.__setattr__(self, "ocr_border_height", ocr_border_height)
        __dataclass_builtins_object__.__setattr__(self, "ocr_hairline", ocr_hairline)
        __dataclass_builtins_object__.__setattr__(self, "ocr_join_gap", ocr_join_gap)
        __dataclass_builtins_object__.__setattr__(self, "ocr_min_spaces", ocr_min_spaces)
        __dataclass_builtins_object__.__setattr__(self, "ocr_tall_word", ocr_tall_word)
        __dataclass_builtins_object__.__setattr__(self, "ocr_ink_pad", ocr_ink_pad)
        __dataclass_builtins_object__.__setattr__(self, "ocr_pad_gap", ocr_pad_gap)
        __dataclass_builtins_object__.__setattr__(self, "ocr_type_boxes", ocr_type_boxes)
        __dataclass_builtins_object__.__setattr__(self, "ocr_garbled_words", ocr_garbled_words)
        __dataclass_builtins_object__.__setattr__(
            self, "ocr_garbled_confidence", ocr_garbled_confidence
        )
        __dataclass_builtins_object__.__setattr__(self, "ocr_second_psm", ocr_second_psm)
        __dataclass_builtins_object__.__setattr__(self, "ocr_orientation", ocr_orientation)
        __dataclass_builtins_object__.__setattr__(self, "ocr_upright_share", ocr_upright_share)
        __dataclass_builtins_object__.__setattr__(
            self, "ocr_upright_confidence", ocr_upright_confidence
        )
        __dataclass_builtins_object__.__setattr__(self, "ocr_osd_dpi", ocr_osd_dpi)
        __dataclass_builtins_object__.__setattr__(self, "ocr_osd_confidence", ocr_osd_confidence)
        __dataclass_builtins_object__.__setattr__(self, "ocr_turn_band", ocr_turn_band)
        __dataclass_builtins_object__.__setattr__(self, "ocr_bilevel_share", ocr_bilevel_share)
        __dataclass_builtins_object__.__setattr__(self, "ocr_speck_in2", ocr_speck_in2)
        __dataclass_builtins_object__.__setattr__(self, "ocr_bilevel_blur_in", ocr_bilevel_blur_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_bilevel_grow_in", ocr_bilevel_grow_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_paper_dpi", ocr_paper_dpi)
        __dataclass_builtins_object__.__setattr__(self, "ocr_paper_window_in", ocr_paper_window_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_paper_low_share", ocr_paper_low_share)
        __dataclass_builtins_object__.__setattr__(self, "ocr_paper_spread", ocr_paper_spread)
        __dataclass_builtins_object__.__setattr__(self, "ocr_dark_paper", ocr_dark_paper)
        __dataclass_builtins_object__.__setattr__(self, "ocr_paper_floor", ocr_paper_floor)
        __dataclass_builtins_object__.__setattr__(self, "ocr_max_skew", ocr_max_skew)
        __dataclass_builtins_object__.__setattr__(self, "ocr_rule_width_in", ocr_rule_width_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_rule_height_in", ocr_rule_height_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_rule_full", ocr_rule_full)
        __dataclass_builtins_object__.__setattr__(self, "ocr_rule_fringe", ocr_rule_fringe)
        __dataclass_builtins_object__.__setattr__(self, "ocr_leader_clear_in", ocr_leader_clear_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_leader_dot_in", ocr_leader_dot_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_leader_reach_in", ocr_leader_reach_in)
        __dataclass_builtins_object__.__setattr__(self, "ocr_leader_full", ocr_leader_full)
        __dataclass_builtins_object__.__setattr__(self, "ocr_leader_dots", ocr_leader_dots)

    return __init__


CODE[
    "def __create_fn__(_type_line_tolerance, _type_cell_gap, _type_min_cell_gap_pt, _type_edge_band, _type_page_mark_strip, _type_page_mark_max_size, _type_column_gutter_pt, _type_column_min_lines, _type_column_offset, _type_column_min_offset_lines, _type_column_offset_share, _type_column_join_gap, _type_transposed_min_rows, _type_transposed_row_gap, _type_transposed_uniform_share, _type_transposed_gap_chars, _type_column_max_depth, _type_stack_max_gap, _type_kv_align_pt, _type_kv_max_label_words, _type_box_align_pt, _type_heading_gap_chars, _type_header_band_gap, _type_row_end_gap, _type_continuation_gap, _type_sample_rows, _type_max_heading_words, _type_sure_threshold, _type_ocr_low_word_confidence, _type_ocr_ceiling, _type_ocr_poor_page_share, _type_ocr_psm, _type_ocr_language, _type_ocr_accent_language, _type_ocr_accent_most, _type_ocr_thresholding, _type_ocr_min_confidence, _type_ocr_dash_confidence, _type_ocr_repaired_confidence, _type_ocr_mark_band, _type_ocr_mark_ink, _type_ocr_border_height, _type_ocr_hairline, _type_ocr_join_gap, _type_ocr_min_spaces, _type_ocr_tall_word, _type_ocr_ink_pad, _type_ocr_pad_gap, _type_ocr_type_boxes, _type_ocr_garbled_words, _type_ocr_garbled_confidence, _type_ocr_second_psm, _type_ocr_orientation, _type_ocr_upright_share, _type_ocr_upright_confidence, _type_ocr_osd_dpi, _type_ocr_osd_confidence, _type_ocr_turn_band, _type_ocr_bilevel_share, _type_ocr_speck_in2, _type_ocr_bilevel_blur_in, _type_ocr_bilevel_grow_in, _type_ocr_paper_dpi, _type_ocr_paper_window_in, _type_ocr_paper_low_share, _type_ocr_paper_spread, _type_ocr_dark_paper, _type_ocr_paper_floor, _type_ocr_max_skew, _type_ocr_rule_width_in, _type_ocr_rule_height_in, _type_ocr_rule_full, _type_ocr_rule_fringe, _type_ocr_leader_clear_in, _type_ocr_leader_dot_in, _type_ocr_leader_reach_in, _type_ocr_leader_full, _type_ocr_leader_dots, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line_tolerance, _dflt_cell_gap, _dflt_min_cell_gap_pt, _dflt_edge_band, _dflt_page_mark_strip, _dflt_page_mark_max_size, _dflt_column_gutter_pt, _dflt_column_min_lines, _dflt_column_offset, _dflt_column_min_offset_lines, _dflt_column_offset_share, _dflt_column_join_gap, _dflt_transposed_min_rows, _dflt_transposed_row_gap, _dflt_transposed_uniform_share, _dflt_transposed_gap_chars, _dflt_column_max_depth, _dflt_stack_max_gap, _dflt_kv_align_pt, _dflt_kv_max_label_words, _dflt_box_align_pt, _dflt_heading_gap_chars, _dflt_header_band_gap, _dflt_row_end_gap, _dflt_continuation_gap, _dflt_sample_rows, _dflt_max_heading_words, _dflt_sure_threshold, _dflt_ocr_low_word_confidence, _dflt_ocr_ceiling, _dflt_ocr_poor_page_share, _dflt_ocr_psm, _dflt_ocr_language, _dflt_ocr_accent_language, _dflt_ocr_accent_most, _dflt_ocr_thresholding, _dflt_ocr_min_confidence, _dflt_ocr_dash_confidence, _dflt_ocr_repaired_confidence, _dflt_ocr_mark_band, _dflt_ocr_mark_ink, _dflt_ocr_border_height, _dflt_ocr_hairline, _dflt_ocr_join_gap, _dflt_ocr_min_spaces, _dflt_ocr_tall_word, _dflt_ocr_ink_pad, _dflt_ocr_pad_gap, _dflt_ocr_type_boxes, _dflt_ocr_garbled_words, _dflt_ocr_garbled_confidence, _dflt_ocr_second_psm, _dflt_ocr_orientation, _dflt_ocr_upright_share, _dflt_ocr_upright_confidence, _dflt_ocr_osd_dpi, _dflt_ocr_osd_confidence, _dflt_ocr_turn_band, _dflt_ocr_bilevel_share, _dflt_ocr_speck_in2, _dflt_ocr_bilevel_blur_in, _dflt_ocr_bilevel_grow_in, _dflt_ocr_paper_dpi, _dflt_ocr_paper_window_in, _dflt_ocr_paper_low_share, _dflt_ocr_paper_spread, _dflt_ocr_dark_paper, _dflt_ocr_paper_floor, _dflt_ocr_max_skew, _dflt_ocr_rule_width_in, _dflt_ocr_rule_height_in, _dflt_ocr_rule_full, _dflt_ocr_rule_fringe, _dflt_ocr_leader_clear_in, _dflt_ocr_leader_dot_in, _dflt_ocr_leader_reach_in, _dflt_ocr_leader_full, _dflt_ocr_leader_dots, _return_type):\n def __init__(self,line_tolerance:_type_line_tolerance=_dflt_line_tolerance,cell_gap:_type_cell_gap=_dflt_cell_gap,min_cell_gap_pt:_type_min_cell_gap_pt=_dflt_min_cell_gap_pt,edge_band:_type_edge_band=_dflt_edge_band,page_mark_strip:_type_page_mark_strip=_dflt_page_mark_strip,page_mark_max_size:_type_page_mark_max_size=_dflt_page_mark_max_size,column_gutter_pt:_type_column_gutter_pt=_dflt_column_gutter_pt,column_min_lines:_type_column_min_lines=_dflt_column_min_lines,column_offset:_type_column_offset=_dflt_column_offset,column_min_offset_lines:_type_column_min_offset_lines=_dflt_column_min_offset_lines,column_offset_share:_type_column_offset_share=_dflt_column_offset_share,column_join_gap:_type_column_join_gap=_dflt_column_join_gap,transposed_min_rows:_type_transposed_min_rows=_dflt_transposed_min_rows,transposed_row_gap:_type_transposed_row_gap=_dflt_transposed_row_gap,transposed_uniform_share:_type_transposed_uniform_share=_dflt_transposed_uniform_share,transposed_gap_chars:_type_transposed_gap_chars=_dflt_transposed_gap_chars,column_max_depth:_type_column_max_depth=_dflt_column_max_depth,stack_max_gap:_type_stack_max_gap=_dflt_stack_max_gap,kv_align_pt:_type_kv_align_pt=_dflt_kv_align_pt,kv_max_label_words:_type_kv_max_label_words=_dflt_kv_max_label_words,box_align_pt:_type_box_align_pt=_dflt_box_align_pt,heading_gap_chars:_type_heading_gap_chars=_dflt_heading_gap_chars,header_band_gap:_type_header_band_gap=_dflt_header_band_gap,row_end_gap:_type_row_end_gap=_dflt_row_end_gap,continuation_gap:_type_continuation_gap=_dflt_continuation_gap,sample_rows:_type_sample_rows=_dflt_sample_rows,max_heading_words:_type_max_heading_words=_dflt_max_heading_words,sure_threshold:_type_sure_threshold=_dflt_sure_threshold,ocr_low_word_confidence:_type_ocr_low_word_confidence=_dflt_ocr_low_word_confidence,ocr_ceiling:_type_ocr_ceiling=_dflt_ocr_ceiling,ocr_poor_page_share:_type_ocr_poor_page_share=_dflt_ocr_poor_page_share,ocr_psm:_type_ocr_psm=_dflt_ocr_psm,ocr_language:_type_ocr_language=_dflt_ocr_language,ocr_accent_language:_type_ocr_accent_language=_dflt_ocr_accent_language,ocr_accent_most:_type_ocr_accent_most=_dflt_ocr_accent_most,ocr_thresholding:_type_ocr_thresholding=_dflt_ocr_thresholding,ocr_min_confidence:_type_ocr_min_confidence=_dflt_ocr_min_confidence,ocr_dash_confidence:_type_ocr_dash_confidence=_dflt_ocr_dash_confidence,ocr_repaired_confidence:_type_ocr_repaired_confidence=_dflt_ocr_repaired_confidence,ocr_mark_band:_type_ocr_mark_band=_dflt_ocr_mark_band,ocr_mark_ink:_type_ocr_mark_ink=_dflt_ocr_mark_ink,ocr_border_height:_type_ocr_border_height=_dflt_ocr_border_height,ocr_hairline:_type_ocr_hairline=_dflt_ocr_hairline,ocr_join_gap:_type_ocr_join_gap=_dflt_ocr_join_gap,ocr_min_spaces:_type_ocr_min_spaces=_dflt_ocr_min_spaces,ocr_tall_word:_type_ocr_tall_word=_dflt_ocr_tall_word,ocr_ink_pad:_type_ocr_ink_pad=_dflt_ocr_ink_pad,ocr_pad_gap:_type_ocr_pad_gap=_dflt_ocr_pad_gap,ocr_type_boxes:_type_ocr_type_boxes=_dflt_ocr_type_boxes,ocr_garbled_words:_type_ocr_garbled_words=_dflt_ocr_garbled_words,ocr_garbled_confidence:_type_ocr_garbled_confidence=_dflt_ocr_garbled_confidence,ocr_second_psm:_type_ocr_second_psm=_dflt_ocr_second_psm,ocr_orientation:_type_ocr_orientation=_dflt_ocr_orientation,ocr_upright_share:_type_ocr_upright_share=_dflt_ocr_upright_share,ocr_upright_confidence:_type_ocr_upright_confidence=_dflt_ocr_upright_confidence,ocr_osd_dpi:_type_ocr_osd_dpi=_dflt_ocr_osd_dpi,ocr_osd_confidence:_type_ocr_osd_confidence=_dflt_ocr_osd_confidence,ocr_turn_band:_type_ocr_turn_band=_dflt_ocr_turn_band,ocr_bilevel_share:_type_ocr_bilevel_share=_dflt_ocr_bilevel_share,ocr_speck_in2:_type_ocr_speck_in2=_dflt_ocr_speck_in2,ocr_bilevel_blur_in:_type_ocr_bilevel_blur_in=_dflt_ocr_bilevel_blur_in,ocr_bilevel_grow_in:_type_ocr_bilevel_grow_in=_dflt_ocr_bilevel_grow_in,ocr_paper_dpi:_type_ocr_paper_dpi=_dflt_ocr_paper_dpi,ocr_paper_window_in:_type_ocr_paper_window_in=_dflt_ocr_paper_window_in,ocr_paper_low_share:_type_ocr_paper_low_share=_dflt_ocr_paper_low_share,ocr_paper_spread:_type_ocr_paper_spread=_dflt_ocr_paper_spread,ocr_dark_paper:_type_ocr_dark_paper=_dflt_ocr_dark_paper,ocr_paper_floor:_type_ocr_paper_floor=_dflt_ocr_paper_floor,ocr_max_skew:_type_ocr_max_skew=_dflt_ocr_max_skew,ocr_rule_width_in:_type_ocr_rule_width_in=_dflt_ocr_rule_width_in,ocr_rule_height_in:_type_ocr_rule_height_in=_dflt_ocr_rule_height_in,ocr_rule_full:_type_ocr_rule_full=_dflt_ocr_rule_full,ocr_rule_fringe:_type_ocr_rule_fringe=_dflt_ocr_rule_fringe,ocr_leader_clear_in:_type_ocr_leader_clear_in=_dflt_ocr_leader_clear_in,ocr_leader_dot_in:_type_ocr_leader_dot_in=_dflt_ocr_leader_dot_in,ocr_leader_reach_in:_type_ocr_leader_reach_in=_dflt_ocr_leader_reach_in,ocr_leader_full:_type_ocr_leader_full=_dflt_ocr_leader_full,ocr_leader_dots:_type_ocr_leader_dots=_dflt_ocr_leader_dots)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line_tolerance',line_tolerance)\n  __dataclass_builtins_object__.__setattr__(self,'cell_gap',cell_gap)\n  __dataclass_builtins_object__.__setattr__(self,'min_cell_gap_pt',min_cell_gap_pt)\n  __dataclass_builtins_object__.__setattr__(self,'edge_band',edge_band)\n  __dataclass_builtins_object__.__setattr__(self,'page_mark_strip',page_mark_strip)\n  __dataclass_builtins_object__.__setattr__(self,'page_mark_max_size',page_mark_max_size)\n  __dataclass_builtins_object__.__setattr__(self,'column_gutter_pt',column_gutter_pt)\n  __dataclass_builtins_object__.__setattr__(self,'column_min_lines',column_min_lines)\n  __dataclass_builtins_object__.__setattr__(self,'column_offset',column_offset)\n  __dataclass_builtins_object__.__setattr__(self,'column_min_offset_lines',column_min_offset_lines)\n  __dataclass_builtins_object__.__setattr__(self,'column_offset_share',column_offset_share)\n  __dataclass_builtins_object__.__setattr__(self,'column_join_gap',column_join_gap)\n  __dataclass_builtins_object__.__setattr__(self,'transposed_min_rows',transposed_min_rows)\n  __dataclass_builtins_object__.__setattr__(self,'transposed_row_gap',transposed_row_gap)\n  __dataclass_builtins_object__.__setattr__(self,'transposed_uniform_share',transposed_uniform_share)\n  __dataclass_builtins_object__.__setattr__(self,'transposed_gap_chars',transposed_gap_chars)\n  __dataclass_builtins_object__.__setattr__(self,'column_max_depth',column_max_depth)\n  __dataclass_builtins_object__.__setattr__(self,'stack_max_gap',stack_max_gap)\n  __dataclass_builtins_object__.__setattr__(self,'kv_align_pt',kv_align_pt)\n  __dataclass_builtins_object__.__setattr__(self,'kv_max_label_words',kv_max_label_words)\n  __dataclass_builtins_object__.__setattr__(self,'box_align_pt',box_align_pt)\n  __dataclass_builtins_object__.__setattr__(self,'heading_gap_chars',heading_gap_chars)\n  __dataclass_builtins_object__.__setattr__(self,'header_band_gap',header_band_gap)\n  __dataclass_builtins_object__.__setattr__(self,'row_end_gap',row_end_gap)\n  __dataclass_builtins_object__.__setattr__(self,'continuation_gap',continuation_gap)\n  __dataclass_builtins_object__.__setattr__(self,'sample_rows',sample_rows)\n  __dataclass_builtins_object__.__setattr__(self,'max_heading_words',max_heading_words)\n  __dataclass_builtins_object__.__setattr__(self,'sure_threshold',sure_threshold)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_low_word_confidence',ocr_low_word_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_ceiling',ocr_ceiling)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_poor_page_share',ocr_poor_page_share)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_psm',ocr_psm)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_language',ocr_language)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_accent_language',ocr_accent_language)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_accent_most',ocr_accent_most)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_thresholding',ocr_thresholding)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_min_confidence',ocr_min_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_dash_confidence',ocr_dash_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_repaired_confidence',ocr_repaired_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_mark_band',ocr_mark_band)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_mark_ink',ocr_mark_ink)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_border_height',ocr_border_height)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_hairline',ocr_hairline)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_join_gap',ocr_join_gap)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_min_spaces',ocr_min_spaces)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_tall_word',ocr_tall_word)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_ink_pad',ocr_ink_pad)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_pad_gap',ocr_pad_gap)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_type_boxes',ocr_type_boxes)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_garbled_words',ocr_garbled_words)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_garbled_confidence',ocr_garbled_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_second_psm',ocr_second_psm)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_orientation',ocr_orientation)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_upright_share',ocr_upright_share)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_upright_confidence',ocr_upright_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_osd_dpi',ocr_osd_dpi)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_osd_confidence',ocr_osd_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_turn_band',ocr_turn_band)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_bilevel_share',ocr_bilevel_share)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_speck_in2',ocr_speck_in2)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_bilevel_blur_in',ocr_bilevel_blur_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_bilevel_grow_in',ocr_bilevel_grow_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_paper_dpi',ocr_paper_dpi)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_paper_window_in',ocr_paper_window_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_paper_low_share',ocr_paper_low_share)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_paper_spread',ocr_paper_spread)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_dark_paper',ocr_dark_paper)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_paper_floor',ocr_paper_floor)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_max_skew',ocr_max_skew)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_rule_width_in',ocr_rule_width_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_rule_height_in',ocr_rule_height_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_rule_full',ocr_rule_full)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_rule_fringe',ocr_rule_fringe)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_leader_clear_in',ocr_leader_clear_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_leader_dot_in',ocr_leader_dot_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_leader_reach_in',ocr_leader_reach_in)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_leader_full',ocr_leader_full)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_leader_dots',ocr_leader_dots)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_lines,
    _type_found,
    _type_text,
    _type_glossary,
    _type_glossary_lines,
    _type_settings,
    _type_traces,
    _type_code_notes,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_settings,
    _dflt_traces,
    _dflt_code_notes,
    _return_type,
):
    def __init__(
        self,
        lines: _type_lines,
        found: _type_found,
        text: _type_text,
        glossary: _type_glossary,
        glossary_lines: _type_glossary_lines,
        settings: _type_settings = _dflt_settings,
        traces: _type_traces = _HAS_DEFAULT_FACTORY,
        code_notes: _type_code_notes = _dflt_code_notes,
    ) -> _return_type:
        self.lines = lines
        self.found = found
        self.text = text
        self.glossary = glossary
        self.glossary_lines = glossary_lines
        self.settings = settings
        self.traces = _dflt_traces() if traces is _HAS_DEFAULT_FACTORY else traces
        self.code_notes = code_notes

    return __init__


CODE[
    "def __create_fn__(_type_lines, _type_found, _type_text, _type_glossary, _type_glossary_lines, _type_settings, _type_traces, _type_code_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_settings, _dflt_traces, _dflt_code_notes, _return_type):\n def __init__(self,lines:_type_lines,found:_type_found,text:_type_text,glossary:_type_glossary,glossary_lines:_type_glossary_lines,settings:_type_settings=_dflt_settings,traces:_type_traces=_HAS_DEFAULT_FACTORY,code_notes:_type_code_notes=_dflt_code_notes)->_return_type:\n  self.lines=lines\n  self.found=found\n  self.text=text\n  self.glossary=glossary\n  self.glossary_lines=glossary_lines\n  self.settings=settings\n  self.traces=_dflt_traces() if traces is _HAS_DEFAULT_FACTORY else traces\n  self.code_notes=code_notes\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_lines,
    _type_prefix,
    _type_pairs,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, lines: _type_lines, prefix: _type_prefix, pairs: _type_pairs
    ) -> _return_type:
        self.lines = lines
        self.prefix = prefix
        self.pairs = pairs

    return __init__


CODE[
    "def __create_fn__(_type_lines, _type_prefix, _type_pairs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lines:_type_lines,prefix:_type_prefix,pairs:_type_pairs)->_return_type:\n  self.lines=lines\n  self.prefix=prefix\n  self.pairs=pairs\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_lines,
    _type_totals,
    _type_texts,
    _type_dates,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, lines: _type_lines, totals: _type_totals, texts: _type_texts, dates: _type_dates
    ) -> _return_type:
        self.lines = lines
        self.totals = totals
        self.texts = texts
        self.dates = dates

    return __init__


CODE[
    "def __create_fn__(_type_lines, _type_totals, _type_texts, _type_dates, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lines:_type_lines,totals:_type_totals,texts:_type_texts,dates:_type_dates)->_return_type:\n  self.lines=lines\n  self.totals=totals\n  self.texts=texts\n  self.dates=dates\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_min_score,
    _type_filler,
    _type_rules,
    _type_other,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        min_score: _type_min_score,
        filler: _type_filler,
        rules: _type_rules,
        other: _type_other,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "min_score", min_score)
        __dataclass_builtins_object__.__setattr__(self, "filler", filler)
        __dataclass_builtins_object__.__setattr__(self, "rules", rules)
        __dataclass_builtins_object__.__setattr__(self, "other", other)

    return __init__


CODE[
    "def __create_fn__(_type_min_score, _type_filler, _type_rules, _type_other, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,min_score:_type_min_score,filler:_type_filler,rules:_type_rules,other:_type_other)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'min_score',min_score)\n  __dataclass_builtins_object__.__setattr__(self,'filler',filler)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'other',other)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_id,
    _type_state,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_name,
    _dflt_id,
    _dflt_state,
    _return_type,
):
    def __init__(
        self,
        name: _type_name = _dflt_name,
        id: _type_id = _dflt_id,
        state: _type_state = _dflt_state,
    ) -> _return_type:
        self.name = name
        self.id = id
        self.state = state

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_id, _type_state, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_id, _dflt_state, _return_type):\n def __init__(self,name:_type_name=_dflt_name,id:_type_id=_dflt_id,state:_type_state=_dflt_state)->_return_type:\n  self.name=name\n  self.id=id\n  self.state=state\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_npi,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_name,
    _dflt_npi,
    _return_type,
):
    def __init__(self, name: _type_name = _dflt_name, npi: _type_npi = _dflt_npi) -> _return_type:
        self.name = name
        self.npi = npi

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_npi, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_npi, _return_type):\n def __init__(self,name:_type_name=_dflt_name,npi:_type_npi=_dflt_npi)->_return_type:\n  self.name=name\n  self.npi=npi\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_npi,
    _type_network,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_name,
    _dflt_npi,
    _dflt_network,
    _return_type,
):
    def __init__(
        self,
        name: _type_name = _dflt_name,
        npi: _type_npi = _dflt_npi,
        network: _type_network = _dflt_network,
    ) -> _return_type:
        self.name = name
        self.npi = npi
        self.network = network

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_npi, _type_network, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_npi, _dflt_network, _return_type):\n def __init__(self,name:_type_name=_dflt_name,npi:_type_npi=_dflt_npi,network:_type_network=_dflt_network)->_return_type:\n  self.name=name\n  self.npi=npi\n  self.network=network\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_payer,
    _type_fingerprint,
    _type_words,
    _type_fields,
    _type_kind,
    _type_confirmed,
    _type_codes,
    _type_not_printed,
    _type_learned_from,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_kind,
    _dflt_confirmed,
    _dflt_codes,
    _dflt_not_printed,
    _dflt_learned_from,
    _return_type,
):
    def __init__(
        self,
        name: _type_name,
        payer: _type_payer,
        fingerprint: _type_fingerprint,
        words: _type_words,
        fields: _type_fields,
        kind: _type_kind = _dflt_kind,
        confirmed: _type_confirmed = _dflt_confirmed,
        codes: _type_codes = _HAS_DEFAULT_FACTORY,
        not_printed: _type_not_printed = _HAS_DEFAULT_FACTORY,
        learned_from: _type_learned_from = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.name = name
        self.payer = payer
        self.fingerprint = fingerprint
        self.words = words
        self.fields = fields
        self.kind = kind
        self.confirmed = confirmed
        self.codes = _dflt_codes() if codes is _HAS_DEFAULT_FACTORY else codes
        self.not_printed = (
            _dflt_not_printed() if not_printed is _HAS_DEFAULT_FACTORY else not_printed
        )
        self.learned_from = (
            _dflt_learned_from() if learned_from is _HAS_DEFAULT_FACTORY else learned_from
        )

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_payer, _type_fingerprint, _type_words, _type_fields, _type_kind, _type_confirmed, _type_codes, _type_not_printed, _type_learned_from, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_confirmed, _dflt_codes, _dflt_not_printed, _dflt_learned_from, _return_type):\n def __init__(self,name:_type_name,payer:_type_payer,fingerprint:_type_fingerprint,words:_type_words,fields:_type_fields,kind:_type_kind=_dflt_kind,confirmed:_type_confirmed=_dflt_confirmed,codes:_type_codes=_HAS_DEFAULT_FACTORY,not_printed:_type_not_printed=_HAS_DEFAULT_FACTORY,learned_from:_type_learned_from=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.name=name\n  self.payer=payer\n  self.fingerprint=fingerprint\n  self.words=words\n  self.fields=fields\n  self.kind=kind\n  self.confirmed=confirmed\n  self.codes=_dflt_codes() if codes is _HAS_DEFAULT_FACTORY else codes\n  self.not_printed=_dflt_not_printed() if not_printed is _HAS_DEFAULT_FACTORY else not_printed\n  self.learned_from=_dflt_learned_from() if learned_from is _HAS_DEFAULT_FACTORY else learned_from\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_state,
    _type_line,
    _type_po_box,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_po_box,
    _return_type,
):
    def __init__(
        self,
        name: _type_name,
        state: _type_state,
        line: _type_line,
        po_box: _type_po_box = _dflt_po_box,
    ) -> _return_type:
        self.name = name
        self.state = state
        self.line = line
        self.po_box = po_box

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_state, _type_line, _type_po_box, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_po_box, _return_type):\n def __init__(self,name:_type_name,state:_type_state,line:_type_line,po_box:_type_po_box=_dflt_po_box)->_return_type:\n  self.name=name\n  self.state=state\n  self.line=line\n  self.po_box=po_box\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_state,
    _type_phone,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_name,
    _dflt_state,
    _dflt_phone,
    _return_type,
):
    def __init__(
        self,
        name: _type_name = _dflt_name,
        state: _type_state = _dflt_state,
        phone: _type_phone = _dflt_phone,
    ) -> _return_type:
        self.name = name
        self.state = state
        self.phone = phone

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_state, _type_phone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_state, _dflt_phone, _return_type):\n def __init__(self,name:_type_name=_dflt_name,state:_type_state=_dflt_state,phone:_type_phone=_dflt_phone)->_return_type:\n  self.name=name\n  self.state=state\n  self.phone=phone\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_type,
    _type_funding,
    _type_group_number,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_name,
    _dflt_type,
    _dflt_funding,
    _dflt_group_number,
    _return_type,
):
    def __init__(
        self,
        name: _type_name = _dflt_name,
        type: _type_type = _dflt_type,
        funding: _type_funding = _dflt_funding,
        group_number: _type_group_number = _dflt_group_number,
    ) -> _return_type:
        self.name = name
        self.type = type
        self.funding = funding
        self.group_number = group_number

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_type, _type_funding, _type_group_number, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_type, _dflt_funding, _dflt_group_number, _return_type):\n def __init__(self,name:_type_name=_dflt_name,type:_type_type=_dflt_type,funding:_type_funding=_dflt_funding,group_number:_type_group_number=_dflt_group_number)->_return_type:\n  self.name=name\n  self.type=type\n  self.funding=funding\n  self.group_number=group_number\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_name,
    _type_x0,
    _type_x1,
    _type_label,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, name: _type_name, x0: _type_x0, x1: _type_x1, label: _type_label
    ) -> _return_type:
        self.name = name
        self.x0 = x0
        self.x1 = x1
        self.label = label

    return __init__


CODE[
    "def __create_fn__(_type_name, _type_x0, _type_x1, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,x0:_type_x0,x1:_type_x1,label:_type_label)->_return_type:\n  self.name=name\n  self.x0=x0\n  self.x1=x1\n  self.label=label\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_number,
    _type_fields,
    _type_lines,
    _type_line_keys,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_number,
    _dflt_fields,
    _dflt_lines,
    _dflt_line_keys,
    _return_type,
):
    def __init__(
        self,
        number: _type_number = _dflt_number,
        fields: _type_fields = _HAS_DEFAULT_FACTORY,
        lines: _type_lines = _HAS_DEFAULT_FACTORY,
        line_keys: _type_line_keys = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.number = number
        self.fields = _dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields
        self.lines = _dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
        self.line_keys = _dflt_line_keys() if line_keys is _HAS_DEFAULT_FACTORY else line_keys

    return __init__


CODE[
    "def __create_fn__(_type_number, _type_fields, _type_lines, _type_line_keys, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_number, _dflt_fields, _dflt_lines, _dflt_line_keys, _return_type):\n def __init__(self,number:_type_number=_dflt_number,fields:_type_fields=_HAS_DEFAULT_FACTORY,lines:_type_lines=_HAS_DEFAULT_FACTORY,line_keys:_type_line_keys=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.number=number\n  self.fields=_dflt_fields() if fields is _HAS_DEFAULT_FACTORY else fields\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.line_keys=_dflt_line_keys() if line_keys is _HAS_DEFAULT_FACTORY else line_keys\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_number,
    _type_width,
    _type_height,
    _type_words,
    _type_has_images,
    _type_turned,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_words,
    _dflt_has_images,
    _dflt_turned,
    _return_type,
):
    def __init__(
        self,
        number: _type_number,
        width: _type_width,
        height: _type_height,
        words: _type_words = _HAS_DEFAULT_FACTORY,
        has_images: _type_has_images = _dflt_has_images,
        turned: _type_turned = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.number = number
        self.width = width
        self.height = height
        self.words = _dflt_words() if words is _HAS_DEFAULT_FACTORY else words
        self.has_images = has_images
        self.turned = _dflt_turned() if turned is _HAS_DEFAULT_FACTORY else turned

    return __init__


CODE[
    "def __create_fn__(_type_number, _type_width, _type_height, _type_words, _type_has_images, _type_turned, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _dflt_has_images, _dflt_turned, _return_type):\n def __init__(self,number:_type_number,width:_type_width,height:_type_height,words:_type_words=_HAS_DEFAULT_FACTORY,has_images:_type_has_images=_dflt_has_images,turned:_type_turned=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.number=number\n  self.width=width\n  self.height=height\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n  self.has_images=has_images\n  self.turned=_dflt_turned() if turned is _HAS_DEFAULT_FACTORY else turned\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_org_words,
    _type_not_payer,
    _type_funding,
    _type_denied,
    _type_paid,
    _type_reason_heading,
    _type_general,
    _type_heading,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        org_words: _type_org_words,
        not_payer: _type_not_payer,
        funding: _type_funding,
        denied: _type_denied,
        paid: _type_paid,
        reason_heading: _type_reason_heading,
        general: _type_general,
        heading: _type_heading,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "org_words", org_words)
        __dataclass_builtins_object__.__setattr__(self, "not_payer", not_payer)
        __dataclass_builtins_object__.__setattr__(self, "funding", funding)
        __dataclass_builtins_object__.__setattr__(self, "denied", denied)
        __dataclass_builtins_object__.__setattr__(self, "paid", paid)
        __dataclass_builtins_object__.__setattr__(self, "reason_heading", reason_heading)
        __dataclass_builtins_object__.__setattr__(self, "general", general)
        __dataclass_builtins_object__.__setattr__(self, "heading", heading)

    return __init__


CODE[
    "def __create_fn__(_type_org_words, _type_not_payer, _type_funding, _type_denied, _type_paid, _type_reason_heading, _type_general, _type_heading, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,org_words:_type_org_words,not_payer:_type_not_payer,funding:_type_funding,denied:_type_denied,paid:_type_paid,reason_heading:_type_reason_heading,general:_type_general,heading:_type_heading)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'org_words',org_words)\n  __dataclass_builtins_object__.__setattr__(self,'not_payer',not_payer)\n  __dataclass_builtins_object__.__setattr__(self,'funding',funding)\n  __dataclass_builtins_object__.__setattr__(self,'denied',denied)\n  __dataclass_builtins_object__.__setattr__(self,'paid',paid)\n  __dataclass_builtins_object__.__setattr__(self,'reason_heading',reason_heading)\n  __dataclass_builtins_object__.__setattr__(self,'general',general)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_page,
    _type_top,
    _type_bottom,
    _type_words,
    _type_cells,
    _type_page_height,
    _type_page_width,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_page_height,
    _dflt_page_width,
    _return_type,
):
    def __init__(
        self,
        page: _type_page,
        top: _type_top,
        bottom: _type_bottom,
        words: _type_words,
        cells: _type_cells,
        page_height: _type_page_height = _dflt_page_height,
        page_width: _type_page_width = _dflt_page_width,
    ) -> _return_type:
        self.page = page
        self.top = top
        self.bottom = bottom
        self.words = words
        self.cells = cells
        self.page_height = page_height
        self.page_width = page_width

    return __init__


CODE[
    "def __create_fn__(_type_page, _type_top, _type_bottom, _type_words, _type_cells, _type_page_height, _type_page_width, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_page_height, _dflt_page_width, _return_type):\n def __init__(self,page:_type_page,top:_type_top,bottom:_type_bottom,words:_type_words,cells:_type_cells,page_height:_type_page_height=_dflt_page_height,page_width:_type_page_width=_dflt_page_width)->_return_type:\n  self.page=page\n  self.top=top\n  self.bottom=bottom\n  self.words=words\n  self.cells=cells\n  self.page_height=page_height\n  self.page_width=page_width\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_parse,
    _type_decision,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(self, parse: _type_parse, decision: _type_decision) -> _return_type:
        self.parse = parse
        self.decision = decision

    return __init__


CODE[
    "def __create_fn__(_type_parse, _type_decision, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,parse:_type_parse,decision:_type_decision)->_return_type:\n  self.parse=parse\n  self.decision=decision\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_path,
    _type_sha256,
    _type_kind,
    _type_pages,
    _type_page_count,
    _type_ocr_used,
    _type_raw_text,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_pages,
    _dflt_page_count,
    _dflt_ocr_used,
    _dflt_raw_text,
    _return_type,
):
    def __init__(
        self,
        path: _type_path,
        sha256: _type_sha256,
        kind: _type_kind,
        pages: _type_pages = _HAS_DEFAULT_FACTORY,
        page_count: _type_page_count = _dflt_page_count,
        ocr_used: _type_ocr_used = _dflt_ocr_used,
        raw_text: _type_raw_text = _dflt_raw_text,
    ) -> _return_type:
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.pages = _dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages
        self.page_count = page_count
        self.ocr_used = ocr_used
        self.raw_text = raw_text

    return __init__


CODE[
    "def __create_fn__(_type_path, _type_sha256, _type_kind, _type_pages, _type_page_count, _type_ocr_used, _type_raw_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pages, _dflt_page_count, _dflt_ocr_used, _dflt_raw_text, _return_type):\n def __init__(self,path:_type_path,sha256:_type_sha256,kind:_type_kind,pages:_type_pages=_HAS_DEFAULT_FACTORY,page_count:_type_page_count=_dflt_page_count,ocr_used:_type_ocr_used=_dflt_ocr_used,raw_text:_type_raw_text=_dflt_raw_text)->_return_type:\n  self.path=path\n  self.sha256=sha256\n  self.kind=kind\n  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages\n  self.page_count=page_count\n  self.ocr_used=ocr_used\n  self.raw_text=raw_text\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_path,
    _type_value,
    _type_spot,
    _type_line,
    _type_row,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_row,
    _return_type,
):
    def __init__(
        self,
        path: _type_path,
        value: _type_value,
        spot: _type_spot,
        line: _type_line,
        row: _type_row = _dflt_row,
    ) -> _return_type:
        self.path = path
        self.value = value
        self.spot = spot
        self.line = line
        self.row = row

    return __init__


CODE[
    "def __create_fn__(_type_path, _type_value, _type_spot, _type_line, _type_row, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_row, _return_type):\n def __init__(self,path:_type_path,value:_type_value,spot:_type_spot,line:_type_line,row:_type_row=_dflt_row)->_return_type:\n  self.path=path\n  self.value=value\n  self.spot=spot\n  self.line=line\n  self.row=row\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_payer,
    _type_words,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(self, payer: _type_payer, words: _type_words) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "payer", payer)
        __dataclass_builtins_object__.__setattr__(self, "words", words)

    return __init__


CODE[
    "def __create_fn__(_type_payer, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,payer:_type_payer,words:_type_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'payer',payer)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_procedure_roles,
    _type_procedure_codes,
    _type_neutral_roles,
    _type_diagnosis_prefixes,
    _type_provider_patterns,
    _type_reason_patterns,
    _type_billing_defects,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        procedure_roles: _type_procedure_roles,
        procedure_codes: _type_procedure_codes,
        neutral_roles: _type_neutral_roles,
        diagnosis_prefixes: _type_diagnosis_prefixes,
        provider_patterns: _type_provider_patterns,
        reason_patterns: _type_reason_patterns,
        billing_defects: _type_billing_defects,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "procedure_roles", procedure_roles)
        __dataclass_builtins_object__.__setattr__(self, "procedure_codes", procedure_codes)
        __dataclass_builtins_object__.__setattr__(self, "neutral_roles", neutral_roles)
        __dataclass_builtins_object__.__setattr__(self, "diagnosis_prefixes", diagnosis_prefixes)
        __dataclass_builtins_object__.__setattr__(self, "provider_patterns", provider_patterns)
        __dataclass_builtins_object__.__setattr__(self, "reason_patterns", reason_patterns)
        __dataclass_builtins_object__.__setattr__(self, "billing_defects", billing_defects)

    return __init__


CODE[
    "def __create_fn__(_type_procedure_roles, _type_procedure_codes, _type_neutral_roles, _type_diagnosis_prefixes, _type_provider_patterns, _type_reason_patterns, _type_billing_defects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,procedure_roles:_type_procedure_roles,procedure_codes:_type_procedure_codes,neutral_roles:_type_neutral_roles,diagnosis_prefixes:_type_diagnosis_prefixes,provider_patterns:_type_provider_patterns,reason_patterns:_type_reason_patterns,billing_defects:_type_billing_defects)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'procedure_roles',procedure_roles)\n  __dataclass_builtins_object__.__setattr__(self,'procedure_codes',procedure_codes)\n  __dataclass_builtins_object__.__setattr__(self,'neutral_roles',neutral_roles)\n  __dataclass_builtins_object__.__setattr__(self,'diagnosis_prefixes',diagnosis_prefixes)\n  __dataclass_builtins_object__.__setattr__(self,'provider_patterns',provider_patterns)\n  __dataclass_builtins_object__.__setattr__(self,'reason_patterns',reason_patterns)\n  __dataclass_builtins_object__.__setattr__(self,'billing_defects',billing_defects)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_reader,
    _type_lines,
    _type_cells,
    _type_columns,
    _type_unheaded,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_lines,
    _dflt_cells,
    _dflt_columns,
    _dflt_unheaded,
    _return_type,
):
    def __init__(
        self,
        reader: _type_reader,
        lines: _type_lines = _HAS_DEFAULT_FACTORY,
        cells: _type_cells = _dflt_cells,
        columns: _type_columns = _dflt_columns,
        unheaded: _type_unheaded = _dflt_unheaded,
    ) -> _return_type:
        self.reader = reader
        self.lines = _dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
        self.cells = cells
        self.columns = columns
        self.unheaded = unheaded

    return __init__


CODE[
    "def __create_fn__(_type_reader, _type_lines, _type_cells, _type_columns, _type_unheaded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_cells, _dflt_columns, _dflt_unheaded, _return_type):\n def __init__(self,reader:_type_reader,lines:_type_lines=_HAS_DEFAULT_FACTORY,cells:_type_cells=_dflt_cells,columns:_type_columns=_dflt_columns,unheaded:_type_unheaded=_dflt_unheaded)->_return_type:\n  self.reader=reader\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.cells=cells\n  self.columns=columns\n  self.unheaded=unheaded\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_reader,
    _type_lines,
    _type_codes,
    _type_services,
    _type_totals,
    _type_totals_via,
    _type_outside,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_lines,
    _dflt_codes,
    _dflt_services,
    _dflt_totals,
    _dflt_totals_via,
    _dflt_outside,
    _return_type,
):
    def __init__(
        self,
        reader: _type_reader,
        lines: _type_lines = _HAS_DEFAULT_FACTORY,
        codes: _type_codes = _HAS_DEFAULT_FACTORY,
        services: _type_services = _HAS_DEFAULT_FACTORY,
        totals: _type_totals = _dflt_totals,
        totals_via: _type_totals_via = _dflt_totals_via,
        outside: _type_outside = _dflt_outside,
    ) -> _return_type:
        self.reader = reader
        self.lines = _dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
        self.codes = _dflt_codes() if codes is _HAS_DEFAULT_FACTORY else codes
        self.services = _dflt_services() if services is _HAS_DEFAULT_FACTORY else services
        self.totals = totals
        self.totals_via = totals_via
        self.outside = outside

    return __init__


CODE[
    "def __create_fn__(_type_reader, _type_lines, _type_codes, _type_services, _type_totals, _type_totals_via, _type_outside, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_codes, _dflt_services, _dflt_totals, _dflt_totals_via, _dflt_outside, _return_type):\n def __init__(self,reader:_type_reader,lines:_type_lines=_HAS_DEFAULT_FACTORY,codes:_type_codes=_HAS_DEFAULT_FACTORY,services:_type_services=_HAS_DEFAULT_FACTORY,totals:_type_totals=_dflt_totals,totals_via:_type_totals_via=_dflt_totals_via,outside:_type_outside=_dflt_outside)->_return_type:\n  self.reader=reader\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.codes=_dflt_codes() if codes is _HAS_DEFAULT_FACTORY else codes\n  self.services=_dflt_services() if services is _HAS_DEFAULT_FACTORY else services\n  self.totals=totals\n  self.totals_via=totals_via\n  self.outside=outside\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_reason_text,
    _type_carc,
    _type_rarc,
    _type_categories,
    _type_primary_category,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_reason_text,
    _dflt_carc,
    _dflt_rarc,
    _dflt_categories,
    _dflt_primary_category,
    _return_type,
):
    def __init__(
        self,
        reason_text: _type_reason_text = _dflt_reason_text,
        carc: _type_carc = _HAS_DEFAULT_FACTORY,
        rarc: _type_rarc = _HAS_DEFAULT_FACTORY,
        categories: _type_categories = _HAS_DEFAULT_FACTORY,
        primary_category: _type_primary_category = _dflt_primary_category,
    ) -> _return_type:
        self.reason_text = reason_text
        self.carc = _dflt_carc() if carc is _HAS_DEFAULT_FACTORY else carc
        self.rarc = _dflt_rarc() if rarc is _HAS_DEFAULT_FACTORY else rarc
        self.categories = _dflt_categories() if categories is _HAS_DEFAULT_FACTORY else categories
        self.primary_category = primary_category

    return __init__


CODE[
    "def __create_fn__(_type_reason_text, _type_carc, _type_rarc, _type_categories, _type_primary_category, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason_text, _dflt_carc, _dflt_rarc, _dflt_categories, _dflt_primary_category, _return_type):\n def __init__(self,reason_text:_type_reason_text=_dflt_reason_text,carc:_type_carc=_HAS_DEFAULT_FACTORY,rarc:_type_rarc=_HAS_DEFAULT_FACTORY,categories:_type_categories=_HAS_DEFAULT_FACTORY,primary_category:_type_primary_category=_dflt_primary_category)->_return_type:\n  self.reason_text=reason_text\n  self.carc=_dflt_carc() if carc is _HAS_DEFAULT_FACTORY else carc\n  self.rarc=_dflt_rarc() if rarc is _HAS_DEFAULT_FACTORY else rarc\n  self.categories=_dflt_categories() if categories is _HAS_DEFAULT_FACTORY else categories\n  self.primary_category=primary_category\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_rec,
    _type_ctx,
    _type_result,
    _type_claim,
    _type_trace,
    _type_span,
    _type_base,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        rec: _type_rec,
        ctx: _type_ctx,
        result: _type_result,
        claim: _type_claim,
        trace: _type_trace,
        span: _type_span,
        base: _type_base,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "rec", rec)
        __dataclass_builtins_object__.__setattr__(self, "ctx", ctx)
        __dataclass_builtins_object__.__setattr__(self, "result", result)
        __dataclass_builtins_object__.__setattr__(self, "claim", claim)
        __dataclass_builtins_object__.__setattr__(self, "trace", trace)
        __dataclass_builtins_object__.__setattr__(self, "span", span)
        __dataclass_builtins_object__.__setattr__(self, "base", base)

    return __init__


CODE[
    "def __create_fn__(_type_rec, _type_ctx, _type_result, _type_claim, _type_trace, _type_span, _type_base, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rec:_type_rec,ctx:_type_ctx,result:_type_result,claim:_type_claim,trace:_type_trace,span:_type_span,base:_type_base)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rec',rec)\n  __dataclass_builtins_object__.__setattr__(self,'ctx',ctx)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'claim',claim)\n  __dataclass_builtins_object__.__setattr__(self,'trace',trace)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_right,
    _type_total,
    _type_per_field,
    _type_misses,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_right,
    _dflt_total,
    _dflt_per_field,
    _dflt_misses,
    _return_type,
):
    def __init__(
        self,
        right: _type_right = _dflt_right,
        total: _type_total = _dflt_total,
        per_field: _type_per_field = _HAS_DEFAULT_FACTORY,
        misses: _type_misses = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.right = right
        self.total = total
        self.per_field = _dflt_per_field() if per_field is _HAS_DEFAULT_FACTORY else per_field
        self.misses = _dflt_misses() if misses is _HAS_DEFAULT_FACTORY else misses

    return __init__


CODE[
    "def __create_fn__(_type_right, _type_total, _type_per_field, _type_misses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_right, _dflt_total, _dflt_per_field, _dflt_misses, _return_type):\n def __init__(self,right:_type_right=_dflt_right,total:_type_total=_dflt_total,per_field:_type_per_field=_HAS_DEFAULT_FACTORY,misses:_type_misses=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.right=right\n  self.total=total\n  self.per_field=_dflt_per_field() if per_field is _HAS_DEFAULT_FACTORY else per_field\n  self.misses=_dflt_misses() if misses is _HAS_DEFAULT_FACTORY else misses\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_source,
    _type_payer,
    _type_plan,
    _type_member,
    _type_notice_date,
    _type_claims,
    _type_warnings,
    _type_schema_version,
    _type_evidence,
    _type_not_printed,
    _type_layout,
    _type_notice_text,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_payer,
    _dflt_plan,
    _dflt_member,
    _dflt_notice_date,
    _dflt_claims,
    _dflt_warnings,
    _dflt_schema_version,
    _dflt_evidence,
    _dflt_not_printed,
    _dflt_layout,
    _dflt_notice_text,
    _return_type,
):
    def __init__(
        self,
        source: _type_source,
        payer: _type_payer = _HAS_DEFAULT_FACTORY,
        plan: _type_plan = _HAS_DEFAULT_FACTORY,
        member: _type_member = _HAS_DEFAULT_FACTORY,
        notice_date: _type_notice_date = _dflt_notice_date,
        claims: _type_claims = _HAS_DEFAULT_FACTORY,
        warnings: _type_warnings = _HAS_DEFAULT_FACTORY,
        schema_version: _type_schema_version = _dflt_schema_version,
        evidence: _type_evidence = _HAS_DEFAULT_FACTORY,
        not_printed: _type_not_printed = _HAS_DEFAULT_FACTORY,
        layout: _type_layout = _HAS_DEFAULT_FACTORY,
        notice_text: _type_notice_text = _dflt_notice_text,
    ) -> _return_type:
        self.source = source
        self.payer = _dflt_payer() if payer is _HAS_DEFAULT_FACTORY else payer
        self.plan = _dflt_plan() if plan is _HAS_DEFAULT_FACTORY else plan
        self.member = _dflt_member() if member is _HAS_DEFAULT_FACTORY else member
        self.notice_date = notice_date
        self.claims = _dflt_claims() if claims is _HAS_DEFAULT_FACTORY else claims
        self.warnings = _dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings
        self.schema_version = schema_version
        self.evidence = _dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence
        self.not_printed = (
            _dflt_not_printed() if not_printed is _HAS_DEFAULT_FACTORY else not_printed
        )
        self.layout = _dflt_layout() if layout is _HAS_DEFAULT_FACTORY else layout
        self.notice_text = notice_text

    return __init__


CODE[
    "def __create_fn__(_type_source, _type_payer, _type_plan, _type_member, _type_notice_date, _type_claims, _type_warnings, _type_schema_version, _type_evidence, _type_not_printed, _type_layout, _type_notice_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_payer, _dflt_plan, _dflt_member, _dflt_notice_date, _dflt_claims, _dflt_warnings, _dflt_schema_version, _dflt_evidence, _dflt_not_printed, _dflt_layout, _dflt_notice_text, _return_type):\n def __init__(self,source:_type_source,payer:_type_payer=_HAS_DEFAULT_FACTORY,plan:_type_plan=_HAS_DEFAULT_FACTORY,member:_type_member=_HAS_DEFAULT_FACTORY,notice_date:_type_notice_date=_dflt_notice_date,claims:_type_claims=_HAS_DEFAULT_FACTORY,warnings:_type_warnings=_HAS_DEFAULT_FACTORY,schema_version:_type_schema_version=_dflt_schema_version,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,not_printed:_type_not_printed=_HAS_DEFAULT_FACTORY,layout:_type_layout=_HAS_DEFAULT_FACTORY,notice_text:_type_notice_text=_dflt_notice_text)->_return_type:\n  self.source=source\n  self.payer=_dflt_payer() if payer is _HAS_DEFAULT_FACTORY else payer\n  self.plan=_dflt_plan() if plan is _HAS_DEFAULT_FACTORY else plan\n  self.member=_dflt_member() if member is _HAS_DEFAULT_FACTORY else member\n  self.notice_date=notice_date\n  self.claims=_dflt_claims() if claims is _HAS_DEFAULT_FACTORY else claims\n  self.warnings=_dflt_warnings() if warnings is _HAS_DEFAULT_FACTORY else warnings\n  self.schema_version=schema_version\n  self.evidence=_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence\n  self.not_printed=_dflt_not_printed() if not_printed is _HAS_DEFAULT_FACTORY else not_printed\n  self.layout=_dflt_layout() if layout is _HAS_DEFAULT_FACTORY else layout\n  self.notice_text=notice_text\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_spans,
    _type_reader,
    _type_services,
    _type_claim_number_via,
    _type_patient_via,
    _type_provider_via,
    _type_totals_via,
    _type_totals_at,
    _type_totals_columns,
    _type_totals_lines,
    _type_codes_via,
    _type_denied_via,
    _type_denial_strength,
    _type_category_via,
    _type_category_overruled,
    _type_reason_headed,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_reader,
    _dflt_services,
    _dflt_claim_number_via,
    _dflt_patient_via,
    _dflt_provider_via,
    _dflt_totals_via,
    _dflt_totals_at,
    _dflt_totals_columns,
    _dflt_totals_lines,
    _dflt_codes_via,
    _dflt_denied_via,
    _dflt_denial_strength,
    _dflt_category_via,
    _dflt_category_overruled,
    _dflt_reason_headed,
    _return_type,
):
    def __init__(
        self,
        spans: _type_spans,
        reader: _type_reader = _dflt_reader,
        services: _type_services = _HAS_DEFAULT_FACTORY,
        claim_number_via: _type_claim_number_via = _dflt_claim_number_via,
        patient_via: _type_patient_via = _dflt_patient_via,
        provider_via: _type_provider_via = _dflt_provider_via,
        totals_via: _type_totals_via = _dflt_totals_via,
        totals_at: _type_totals_at = _dflt_totals_at,
        totals_columns: _type_totals_columns = _dflt_totals_columns,
        totals_lines: _type_totals_lines = _dflt_totals_lines,
        codes_via: _type_codes_via = _dflt_codes_via,
        denied_via: _type_denied_via = _dflt_denied_via,
        denial_strength: _type_denial_strength = _dflt_denial_strength,
        category_via: _type_category_via = _dflt_category_via,
        category_overruled: _type_category_overruled = _HAS_DEFAULT_FACTORY,
        reason_headed: _type_reason_headed = _dflt_reason_headed,
    ) -> _return_type:
        self.spans = spans
        self.reader = reader
        self.services = _dflt_services() if services is _HAS_DEFAULT_FACTORY else services
        self.claim_number_via = claim_number_via
        self.patient_via = patient_via
        self.provider_via = provider_via
        self.totals_via = totals_via
        self.totals_at = totals_at
        self.totals_columns = totals_columns
        self.totals_lines = totals_lines
        self.codes_via = codes_via
        self.denied_via = denied_via
        self.denial_strength = denial_strength
        self.category_via = category_via
        self.category_overruled = (
            _dflt_category_overruled()
            if category_overruled is _HAS_DEFAULT_FACTORY
            else category_overruled
        )
        self.reason_headed = reason_headed

    return __init__


CODE[
    "def __create_fn__(_type_spans, _type_reader, _type_services, _type_claim_number_via, _type_patient_via, _type_provider_via, _type_totals_via, _type_totals_at, _type_totals_columns, _type_totals_lines, _type_codes_via, _type_denied_via, _type_denial_strength, _type_category_via, _type_category_overruled, _type_reason_headed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reader, _dflt_services, _dflt_claim_number_via, _dflt_patient_via, _dflt_provider_via, _dflt_totals_via, _dflt_totals_at, _dflt_totals_columns, _dflt_totals_lines, _dflt_codes_via, _dflt_denied_via, _dflt_denial_strength, _dflt_category_via, _dflt_category_overruled, _dflt_reason_headed, _return_type):\n def __init__(self,spans:_type_spans,reader:_type_reader=_dflt_reader,services:_type_services=_HAS_DEFAULT_FACTORY,claim_number_via:_type_claim_number_via=_dflt_claim_number_via,patient_via:_type_patient_via=_dflt_patient_via,provider_via:_type_provider_via=_dflt_provider_via,totals_via:_type_totals_via=_dflt_totals_via,totals_at:_type_totals_at=_dflt_totals_at,totals_columns:_type_totals_columns=_dflt_totals_columns,totals_lines:_type_totals_lines=_dflt_totals_lines,codes_via:_type_codes_via=_dflt_codes_via,denied_via:_type_denied_via=_dflt_denied_via,denial_strength:_type_denial_strength=_dflt_denial_strength,category_via:_type_category_via=_dflt_category_via,category_overruled:_type_category_overruled=_HAS_DEFAULT_FACTORY,reason_headed:_type_reason_headed=_dflt_reason_headed)->_return_type:\n  self.spans=spans\n  self.reader=reader\n  self.services=_dflt_services() if services is _HAS_DEFAULT_FACTORY else services\n  self.claim_number_via=claim_number_via\n  self.patient_via=patient_via\n  self.provider_via=provider_via\n  self.totals_via=totals_via\n  self.totals_at=totals_at\n  self.totals_columns=totals_columns\n  self.totals_lines=totals_lines\n  self.codes_via=codes_via\n  self.denied_via=denied_via\n  self.denial_strength=denial_strength\n  self.category_via=category_via\n  self.category_overruled=_dflt_category_overruled() if category_overruled is _HAS_DEFAULT_FACTORY else category_overruled\n  self.reason_headed=reason_headed\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_spans,
    _type_rows,
    _type_text,
    _type_found,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, spans: _type_spans, rows: _type_rows, text: _type_text, found: _type_found
    ) -> _return_type:
        self.spans = spans
        self.rows = rows
        self.text = text
        self.found = found

    return __init__


CODE[
    "def __create_fn__(_type_spans, _type_rows, _type_text, _type_found, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,spans:_type_spans,rows:_type_rows,text:_type_text,found:_type_found)->_return_type:\n  self.spans=spans\n  self.rows=rows\n  self.text=text\n  self.found=found\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_start,
    _type_rows,
    _type_slots,
    _type_title,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_title,
    _return_type,
):
    def __init__(
        self,
        start: _type_start,
        rows: _type_rows,
        slots: _type_slots,
        title: _type_title = _dflt_title,
    ) -> _return_type:
        self.start = start
        self.rows = rows
        self.slots = slots
        self.title = title

    return __init__


CODE[
    "def __create_fn__(_type_start, _type_rows, _type_slots, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):\n def __init__(self,start:_type_start,rows:_type_rows,slots:_type_slots,title:_type_title=_dflt_title)->_return_type:\n  self.start=start\n  self.rows=rows\n  self.slots=slots\n  self.title=title\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_sure_right,
    _type_sure_wrong,
    _type_unsure_right,
    _type_unsure_wrong,
    _type_wrong_sure,
    _type_right_unsure,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_sure_right,
    _dflt_sure_wrong,
    _dflt_unsure_right,
    _dflt_unsure_wrong,
    _dflt_wrong_sure,
    _dflt_right_unsure,
    _return_type,
):
    def __init__(
        self,
        sure_right: _type_sure_right = _dflt_sure_right,
        sure_wrong: _type_sure_wrong = _dflt_sure_wrong,
        unsure_right: _type_unsure_right = _dflt_unsure_right,
        unsure_wrong: _type_unsure_wrong = _dflt_unsure_wrong,
        wrong_sure: _type_wrong_sure = _HAS_DEFAULT_FACTORY,
        right_unsure: _type_right_unsure = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.sure_right = sure_right
        self.sure_wrong = sure_wrong
        self.unsure_right = unsure_right
        self.unsure_wrong = unsure_wrong
        self.wrong_sure = _dflt_wrong_sure() if wrong_sure is _HAS_DEFAULT_FACTORY else wrong_sure
        self.right_unsure = (
            _dflt_right_unsure() if right_unsure is _HAS_DEFAULT_FACTORY else right_unsure
        )

    return __init__


CODE[
    "def __create_fn__(_type_sure_right, _type_sure_wrong, _type_unsure_right, _type_unsure_wrong, _type_wrong_sure, _type_right_unsure, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sure_right, _dflt_sure_wrong, _dflt_unsure_right, _dflt_unsure_wrong, _dflt_wrong_sure, _dflt_right_unsure, _return_type):\n def __init__(self,sure_right:_type_sure_right=_dflt_sure_right,sure_wrong:_type_sure_wrong=_dflt_sure_wrong,unsure_right:_type_unsure_right=_dflt_unsure_right,unsure_wrong:_type_unsure_wrong=_dflt_unsure_wrong,wrong_sure:_type_wrong_sure=_HAS_DEFAULT_FACTORY,right_unsure:_type_right_unsure=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.sure_right=sure_right\n  self.sure_wrong=sure_wrong\n  self.unsure_right=unsure_right\n  self.unsure_wrong=unsure_wrong\n  self.wrong_sure=_dflt_wrong_sure() if wrong_sure is _HAS_DEFAULT_FACTORY else wrong_sure\n  self.right_unsure=_dflt_right_unsure() if right_unsure is _HAS_DEFAULT_FACTORY else right_unsure\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_text,
    _type_x0,
    _type_x1,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(self, text: _type_text, x0: _type_x0, x1: _type_x1) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "text", text)
        __dataclass_builtins_object__.__setattr__(self, "x0", x0)
        __dataclass_builtins_object__.__setattr__(self, "x1", x1)

    return __init__


CODE[
    "def __create_fn__(_type_text, _type_x0, _type_x1, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_text,
    _type_x0,
    _type_x1,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(self, text: _type_text, x0: _type_x0, x1: _type_x1) -> _return_type:
        self.text = text
        self.x0 = x0
        self.x1 = x1

    return __init__


CODE[
    "def __create_fn__(_type_text, _type_x0, _type_x1, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1)->_return_type:\n  self.text=text\n  self.x0=x0\n  self.x1=x1\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_text,
    _type_x0,
    _type_x1,
    _type_top,
    _type_bottom,
    _type_size,
    _type_bold,
    _type_conf,
    _type_printed,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_size,
    _dflt_bold,
    _dflt_conf,
    _dflt_printed,
    _return_type,
):
    def __init__(
        self,
        text: _type_text,
        x0: _type_x0,
        x1: _type_x1,
        top: _type_top,
        bottom: _type_bottom,
        size: _type_size = _dflt_size,
        bold: _type_bold = _dflt_bold,
        conf: _type_conf = _dflt_conf,
        printed: _type_printed = _dflt_printed,
    ) -> _return_type:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size
        self.bold = bold
        self.conf = conf
        self.printed = printed

    return __init__


CODE[
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_size, _type_bold, _type_conf, _type_printed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_size, _dflt_bold, _dflt_conf, _dflt_printed, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,size:_type_size=_dflt_size,bold:_type_bold=_dflt_bold,conf:_type_conf=_dflt_conf,printed:_type_printed=_dflt_printed)->_return_type:\n  self.text=text\n  self.x0=x0\n  self.x1=x1\n  self.top=top\n  self.bottom=bottom\n  self.size=size\n  self.bold=bold\n  self.conf=conf\n  self.printed=printed\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_text,
    _type_x0,
    _type_x1,
    _type_v0,
    _type_v1,
    _type_align,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_align,
    _return_type,
):
    def __init__(
        self,
        text: _type_text,
        x0: _type_x0,
        x1: _type_x1,
        v0: _type_v0,
        v1: _type_v1,
        align: _type_align = _dflt_align,
    ) -> _return_type:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.v0 = v0
        self.v1 = v1
        self.align = align

    return __init__


CODE[
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_v0, _type_v1, _type_align, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_align, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,v0:_type_v0,v1:_type_v1,align:_type_align=_dflt_align)->_return_type:\n  self.text=text\n  self.x0=x0\n  self.x1=x1\n  self.v0=v0\n  self.v1=v1\n  self.align=align\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_text,
    _type_x0,
    _type_x1,
    _type_words,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_words,
    _return_type,
):
    def __init__(
        self,
        text: _type_text,
        x0: _type_x0,
        x1: _type_x1,
        words: _type_words = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.words = _dflt_words() if words is _HAS_DEFAULT_FACTORY else words

    return __init__


CODE[
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.text=text\n  self.x0=x0\n  self.x1=x1\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_total_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type
):
    def __init__(self, total_rows: _type_total_rows) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "total_rows", total_rows)

    return __init__


CODE[
    "def __create_fn__(_type_total_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,total_rows:_type_total_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'total_rows',total_rows)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_transmission_words,
    _type_page_counters,
    _type_web_addresses,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self,
        transmission_words: _type_transmission_words,
        page_counters: _type_page_counters,
        web_addresses: _type_web_addresses,
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "transmission_words", transmission_words)
        __dataclass_builtins_object__.__setattr__(self, "page_counters", page_counters)
        __dataclass_builtins_object__.__setattr__(self, "web_addresses", web_addresses)

    return __init__


CODE[
    "def __create_fn__(_type_transmission_words, _type_page_counters, _type_web_addresses, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,transmission_words:_type_transmission_words,page_counters:_type_page_counters,web_addresses:_type_web_addresses)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'transmission_words',transmission_words)\n  __dataclass_builtins_object__.__setattr__(self,'page_counters',page_counters)\n  __dataclass_builtins_object__.__setattr__(self,'web_addresses',web_addresses)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_turn,
    _type_width,
    _type_height,
    _type_words,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _dflt_words,
    _return_type,
):
    def __init__(
        self,
        turn: _type_turn,
        width: _type_width,
        height: _type_height,
        words: _type_words = _HAS_DEFAULT_FACTORY,
    ) -> _return_type:
        self.turn = turn
        self.width = width
        self.height = height
        self.words = _dflt_words() if words is _HAS_DEFAULT_FACTORY else words

    return __init__


CODE[
    "def __create_fn__(_type_turn, _type_width, _type_height, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,turn:_type_turn,width:_type_width,height:_type_height,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.turn=turn\n  self.width=width\n  self.height=height\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n return __init__"
] = __create_fn__.__code__


def __create_fn__(
    _type_x0,
    _type_x1,
    _type_top,
    _type_bottom,
    _type_conf,
    MISSING,
    _HAS_DEFAULT_FACTORY,
    __dataclass_builtins_object__,
    _return_type,
):
    def __init__(
        self, x0: _type_x0, x1: _type_x1, top: _type_top, bottom: _type_bottom, conf: _type_conf
    ) -> _return_type:
        __dataclass_builtins_object__.__setattr__(self, "x0", x0)
        __dataclass_builtins_object__.__setattr__(self, "x1", x1)
        __dataclass_builtins_object__.__setattr__(self, "top", top)
        __dataclass_builtins_object__.__setattr__(self, "bottom", bottom)
        __dataclass_builtins_object__.__setattr__(self, "conf", conf)

    return __init__


CODE[
    "def __create_fn__(_type_x0, _type_x1, _type_top, _type_bottom, _type_conf, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,conf:_type_conf)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'conf',conf)\n return __init__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "category",
            "priority",
            "patterns",
            "line",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('category','priority','patterns','line',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "claim",
            "trace",
            "line",
            "base",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('claim','trace','line','base',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "code",
            "description",
            "categories",
            "status",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('code','description','categories','status',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "code",
            "kind",
            "meaning",
            "fix",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('code','kind','meaning','fix',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "code",
            "system",
            "description",
            "role",
            "note",
            "billable",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('code','system','description','role','note','billable',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "deadline_kinds",
            "plan_clock",
            "continuation",
            "later_start",
            "grandfathered",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('deadline_kinds','plan_clock','continuation','later_start','grandfathered',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "denied_because",
            "gives_cause",
            "your_care",
            "owed",
            "allowed",
            "paid",
            "billed",
            "total",
            "other_date",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('denied_because','gives_cause','your_care','owed','allowed','paid','billed','total','other_date',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "field",
            "score",
            "exact",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('field','score','exact',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "fields",
            "columns",
            "titles",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('fields','columns','titles',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "funding_outright",
            "organisation",
            "network",
            "other_number_labels",
            "status_denied",
            "status_paid",
            "plan_types",
            "claim_label_words",
            "other_reference_words",
            "appeal_rights",
            "phone_context",
            "phone_elsewhere",
            "street_words",
            "name_particles",
            "document_words",
            "provider_words",
            "code_key_titles",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('funding_outright','organisation','network','other_number_labels','status_denied','status_paid','plan_types','claim_label_words','other_reference_words','appeal_rights','phone_context','phone_elsewhere','street_words','name_particles','document_words','provider_words','code_key_titles',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "heads",
            "needs",
            "fits",
            "rules_out",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('heads','needs','fits','rules_out',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "id",
            "priority",
            "description",
            "choice",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('id','priority','description','choice',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "label",
            "value",
            "fields",
            "exact",
            "score",
            "start",
            "comma",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('label','value','fields','exact','score','start','comma',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "labels",
            "rules",
            "conditional",
            "conditional_after",
            "window",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('labels','rules','conditional','conditional_after','window',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "line",
            "cell",
            "start",
            "end",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('line','cell','start','end',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "line_tolerance",
            "cell_gap",
            "min_cell_gap_pt",
            "edge_band",
            "page_mark_strip",
            "page_mark_max_size",
            "column_gutter_pt",
            "column_min_lines",
            "column_offset",
            "column_min_offset_lines",
            "column_offset_share",
            "column_join_gap",
            "transposed_min_rows",
            "transposed_row_gap",
            "transposed_uniform_share",
            "transposed_gap_chars",
            "column_max_depth",
            "stack_max_gap",
            "kv_align_pt",
            "kv_max_label_words",
            "box_align_pt",
            "heading_gap_chars",
            "header_band_gap",
            "row_end_gap",
            "continuation_gap",
            "sample_rows",
            "max_heading_words",
            "sure_threshold",
            "ocr_low_word_confidence",
            "ocr_ceiling",
            "ocr_poor_page_share",
            "ocr_psm",
            "ocr_language",
            "ocr_accent_language",
            "ocr_accent_most",
            "ocr_thresholding",
            "ocr_min_confidence",
            "ocr_dash_confidence",
            "ocr_repaired_confidence",
            "ocr_mark_band",
            "ocr_mark_ink",
            "ocr_border_height",
            "ocr_hairline",
            "ocr_join_gap",
            "ocr_min_spaces",
            "ocr_tall_word",
            "ocr_ink_pad",
            "ocr_pad_gap",
            "ocr_type_boxes",
            "ocr_garbled_words",
            "ocr_garbled_confidence",
            "ocr_second_psm",
            "ocr_orientation",
            "ocr_upright_share",
            "ocr_upright_confidence",
            "ocr_osd_dpi",
            "ocr_osd_confidence",
            "ocr_turn_band",
            "ocr_bilevel_share",
            "ocr_speck_in2",
            "ocr_bilevel_blur_in",
            "ocr_bilevel_grow_in",
            "ocr_paper_dpi",
            "ocr_paper_window_in",
            "ocr_paper_low_share",
            "ocr_paper_spread",
            "ocr_dark_paper",
            "ocr_paper_floor",
            "ocr_max_skew",
            "ocr_rule_width_in",
            "ocr_rule_height_in",
            "ocr_rule_full",
            "ocr_rule_fringe",
            "ocr_leader_clear_in",
            "ocr_leader_dot_in",
            "ocr_leader_reach_in",
            "ocr_leader_full",
            "ocr_leader_dots",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('line_tolerance','cell_gap','min_cell_gap_pt','edge_band','page_mark_strip','page_mark_max_size','column_gutter_pt','column_min_lines','column_offset','column_min_offset_lines','column_offset_share','column_join_gap','transposed_min_rows','transposed_row_gap','transposed_uniform_share','transposed_gap_chars','column_max_depth','stack_max_gap','kv_align_pt','kv_max_label_words','box_align_pt','heading_gap_chars','header_band_gap','row_end_gap','continuation_gap','sample_rows','max_heading_words','sure_threshold','ocr_low_word_confidence','ocr_ceiling','ocr_poor_page_share','ocr_psm','ocr_language','ocr_accent_language','ocr_accent_most','ocr_thresholding','ocr_min_confidence','ocr_dash_confidence','ocr_repaired_confidence','ocr_mark_band','ocr_mark_ink','ocr_border_height','ocr_hairline','ocr_join_gap','ocr_min_spaces','ocr_tall_word','ocr_ink_pad','ocr_pad_gap','ocr_type_boxes','ocr_garbled_words','ocr_garbled_confidence','ocr_second_psm','ocr_orientation','ocr_upright_share','ocr_upright_confidence','ocr_osd_dpi','ocr_osd_confidence','ocr_turn_band','ocr_bilevel_share','ocr_speck_in2','ocr_bilevel_blur_in','ocr_bilevel_grow_in','ocr_paper_dpi','ocr_paper_window_in','ocr_paper_low_share','ocr_paper_spread','ocr_dark_paper','ocr_paper_floor','ocr_max_skew','ocr_rule_width_in','ocr_rule_height_in','ocr_rule_full','ocr_rule_fringe','ocr_leader_clear_in','ocr_leader_dot_in','ocr_leader_reach_in','ocr_leader_full','ocr_leader_dots',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "min_score",
            "filler",
            "rules",
            "other",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('min_score','filler','rules','other',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "org_words",
            "not_payer",
            "funding",
            "denied",
            "paid",
            "reason_heading",
            "general",
            "heading",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('org_words','not_payer','funding','denied','paid','reason_heading','general','heading',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "payer",
            "words",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('payer','words',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "procedure_roles",
            "procedure_codes",
            "neutral_roles",
            "diagnosis_prefixes",
            "provider_patterns",
            "reason_patterns",
            "billing_defects",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('procedure_roles','procedure_codes','neutral_roles','diagnosis_prefixes','provider_patterns','reason_patterns','billing_defects',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "rec",
            "ctx",
            "result",
            "claim",
            "trace",
            "span",
            "base",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('rec','ctx','result','claim','trace','span','base',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "text",
            "x0",
            "x1",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('text','x0','x1',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in ("total_rows",):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('total_rows',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "transmission_words",
            "page_counters",
            "web_addresses",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('transmission_words','page_counters','web_addresses',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __delattr__(self, name):
        if type(self) is cls or name in (
            "x0",
            "x1",
            "top",
            "bottom",
            "conf",
        ):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ('x0','x1','top','bottom','conf',):\n   raise FrozenInstanceError(f\"cannot delete field {name!r}\")\n  super(cls, self).__delattr__(name)\n return __delattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "category",
            "priority",
            "patterns",
            "line",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('category','priority','patterns','line',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "claim",
            "trace",
            "line",
            "base",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('claim','trace','line','base',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "code",
            "description",
            "categories",
            "status",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('code','description','categories','status',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "code",
            "kind",
            "meaning",
            "fix",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('code','kind','meaning','fix',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "code",
            "system",
            "description",
            "role",
            "note",
            "billable",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('code','system','description','role','note','billable',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "deadline_kinds",
            "plan_clock",
            "continuation",
            "later_start",
            "grandfathered",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('deadline_kinds','plan_clock','continuation','later_start','grandfathered',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "denied_because",
            "gives_cause",
            "your_care",
            "owed",
            "allowed",
            "paid",
            "billed",
            "total",
            "other_date",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('denied_because','gives_cause','your_care','owed','allowed','paid','billed','total','other_date',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "field",
            "score",
            "exact",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('field','score','exact',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "fields",
            "columns",
            "titles",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('fields','columns','titles',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "funding_outright",
            "organisation",
            "network",
            "other_number_labels",
            "status_denied",
            "status_paid",
            "plan_types",
            "claim_label_words",
            "other_reference_words",
            "appeal_rights",
            "phone_context",
            "phone_elsewhere",
            "street_words",
            "name_particles",
            "document_words",
            "provider_words",
            "code_key_titles",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('funding_outright','organisation','network','other_number_labels','status_denied','status_paid','plan_types','claim_label_words','other_reference_words','appeal_rights','phone_context','phone_elsewhere','street_words','name_particles','document_words','provider_words','code_key_titles',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "heads",
            "needs",
            "fits",
            "rules_out",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('heads','needs','fits','rules_out',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "id",
            "priority",
            "description",
            "choice",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('id','priority','description','choice',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "label",
            "value",
            "fields",
            "exact",
            "score",
            "start",
            "comma",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('label','value','fields','exact','score','start','comma',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "labels",
            "rules",
            "conditional",
            "conditional_after",
            "window",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('labels','rules','conditional','conditional_after','window',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "line",
            "cell",
            "start",
            "end",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('line','cell','start','end',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "line_tolerance",
            "cell_gap",
            "min_cell_gap_pt",
            "edge_band",
            "page_mark_strip",
            "page_mark_max_size",
            "column_gutter_pt",
            "column_min_lines",
            "column_offset",
            "column_min_offset_lines",
            "column_offset_share",
            "column_join_gap",
            "transposed_min_rows",
            "transposed_row_gap",
            "transposed_uniform_share",
            "transposed_gap_chars",
            "column_max_depth",
            "stack_max_gap",
            "kv_align_pt",
            "kv_max_label_words",
            "box_align_pt",
            "heading_gap_chars",
            "header_band_gap",
            "row_end_gap",
            "continuation_gap",
            "sample_rows",
            "max_heading_words",
            "sure_threshold",
            "ocr_low_word_confidence",
            "ocr_ceiling",
            "ocr_poor_page_share",
            "ocr_psm",
            "ocr_language",
            "ocr_accent_language",
            "ocr_accent_most",
            "ocr_thresholding",
            "ocr_min_confidence",
            "ocr_dash_confidence",
            "ocr_repaired_confidence",
            "ocr_mark_band",
            "ocr_mark_ink",
            "ocr_border_height",
            "ocr_hairline",
            "ocr_join_gap",
            "ocr_min_spaces",
            "ocr_tall_word",
            "ocr_ink_pad",
            "ocr_pad_gap",
            "ocr_type_boxes",
            "ocr_garbled_words",
            "ocr_garbled_confidence",
            "ocr_second_psm",
            "ocr_orientation",
            "ocr_upright_share",
            "ocr_upright_confidence",
            "ocr_osd_dpi",
            "ocr_osd_confidence",
            "ocr_turn_band",
            "ocr_bilevel_share",
            "ocr_speck_in2",
            "ocr_bilevel_blur_in",
            "ocr_bilevel_grow_in",
            "ocr_paper_dpi",
            "ocr_paper_window_in",
            "ocr_paper_low_share",
            "ocr_paper_spread",
            "ocr_dark_paper",
            "ocr_paper_floor",
            "ocr_max_skew",
            "ocr_rule_width_in",
            "ocr_rule_height_in",
            "ocr_rule_full",
            "ocr_rule_fringe",
            "ocr_leader_clear_in",
            "ocr_leader_dot_in",
            "ocr_leader_reach_in",
            "ocr_leader_full",
            "ocr_leader_dots",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('line_tolerance','cell_gap','min_cell_gap_pt','edge_band','page_mark_strip','page_mark_max_size','column_gutter_pt','column_min_lines','column_offset','column_min_offset_lines','column_offset_share','column_join_gap','transposed_min_rows','transposed_row_gap','transposed_uniform_share','transposed_gap_chars','column_max_depth','stack_max_gap','kv_align_pt','kv_max_label_words','box_align_pt','heading_gap_chars','header_band_gap','row_end_gap','continuation_gap','sample_rows','max_heading_words','sure_threshold','ocr_low_word_confidence','ocr_ceiling','ocr_poor_page_share','ocr_psm','ocr_language','ocr_accent_language','ocr_accent_most','ocr_thresholding','ocr_min_confidence','ocr_dash_confidence','ocr_repaired_confidence','ocr_mark_band','ocr_mark_ink','ocr_border_height','ocr_hairline','ocr_join_gap','ocr_min_spaces','ocr_tall_word','ocr_ink_pad','ocr_pad_gap','ocr_type_boxes','ocr_garbled_words','ocr_garbled_confidence','ocr_second_psm','ocr_orientation','ocr_upright_share','ocr_upright_confidence','ocr_osd_dpi','ocr_osd_confidence','ocr_turn_band','ocr_bilevel_share','ocr_speck_in2','ocr_bilevel_blur_in','ocr_bilevel_grow_in','ocr_paper_dpi','ocr_paper_window_in','ocr_paper_low_share','ocr_paper_spread','ocr_dark_paper','ocr_paper_floor','ocr_max_skew','ocr_rule_width_in','ocr_rule_height_in','ocr_rule_full','ocr_rule_fringe','ocr_leader_clear_in','ocr_leader_dot_in','ocr_leader_reach_in','ocr_leader_full','ocr_leader_dots',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "min_score",
            "filler",
            "rules",
            "other",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('min_score','filler','rules','other',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "org_words",
            "not_payer",
            "funding",
            "denied",
            "paid",
            "reason_heading",
            "general",
            "heading",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('org_words','not_payer','funding','denied','paid','reason_heading','general','heading',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "payer",
            "words",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('payer','words',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "procedure_roles",
            "procedure_codes",
            "neutral_roles",
            "diagnosis_prefixes",
            "provider_patterns",
            "reason_patterns",
            "billing_defects",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('procedure_roles','procedure_codes','neutral_roles','diagnosis_prefixes','provider_patterns','reason_patterns','billing_defects',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "rec",
            "ctx",
            "result",
            "claim",
            "trace",
            "span",
            "base",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('rec','ctx','result','claim','trace','span','base',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "text",
            "x0",
            "x1",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('text','x0','x1',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in ("total_rows",):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('total_rows',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "transmission_words",
            "page_counters",
            "web_addresses",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('transmission_words','page_counters','web_addresses',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
    def __setattr__(self, name, value):
        if type(self) is cls or name in (
            "x0",
            "x1",
            "top",
            "bottom",
            "conf",
        ):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


CODE[
    "def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ('x0','x1','top','bottom','conf',):\n   raise FrozenInstanceError(f\"cannot assign to field {name!r}\")\n  super(cls, self).__setattr__(name, value)\n return __setattr__"
] = __create_fn__.__code__
