package match

import (
	"strconv"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// msgKey selects the sentence of a Reason. The sentences are templates with
// %1…%3 for the arguments, rendered per language by Reason.Text.
type msgKey uint8

const (
	_ msgKey = iota
	msgRoleMet
	msgRoleRelated
	msgRoleNot
	msgRoleNeedUnknown
	msgRoleOfferUnknown
	msgAgeMet
	msgAgeNot
	msgAgeAll
	msgAgeNeedUnknown
	msgAgeGroupMet
	msgAgeGroupNot
	msgPlaceMuni
	msgPlaceCounty
	msgPlaceRegion
	msgPlaceCovered
	msgPlaceNationalCourse
	msgPlaceNational
	msgPlaceDigitalArea
	msgPlaceOut
	msgPlaceNeedUnknown
	msgPlaceOfferUnknown
	msgPlaceFar
	msgLangMet
	msgLangInterpreter
	msgLangNot
	msgLangNeedUnknown
	msgLangOfferUnknown
	msgAvailOpen
	msgAvailEnded
	msgAvailPaused
	msgAvailFull
	msgCondSame
	msgCondBroader
	msgCondNarrower
	msgCondGeneral
	msgCondListed
	msgCondOpen
	msgCondOther
	msgCondNeedUnknown
	msgThemeAll
	msgThemeSome
	msgThemeNone
	msgThemeNeedUnknown
	msgGoalAll
	msgGoalSome
	msgGoalNone
	msgGoalNeedUnknown
	msgFormatMet
	msgFormatNot
	msgFormatNeedUnknown
	msgDeliveryMet
	msgDeliveryNot
	msgDeliveryNeedUnknown
	msgTimeMet
	msgTimeNot
	msgTimeNeedUnknown
	msgTimeOfferUnknown
	msgAccessMet
	msgAccessSome
	msgAccessNone
	msgAccessNeedNone
	msgStartSoon
	msgStartLater
	msgStartOngoing
	msgStartRolling
	msgStartPast
	msgStartContinuous
	msgCondCodeUnmapped
	msgRoleForRelative
	msgAgeForRelative
	msgPlaceCountyPart
	msgPlaceCountyCovered
	msgPlaceInCounty
	msgCondExcluded
	msgCondUntied
	msgCondExclNeedUnknown
	msgDeliveryInPerson
	msgDeliveryOfferUnknown
)

// messages holds each sentence in nb, nn and en. Keep the three in step:
// TestReasonMessagesComplete checks that every key has all three and the
// same placeholders.
var matchMessages = [...][3]string{
	msgRoleMet:          {"Tilbudet er for %1, og du er %2%t", "Tilbodet er for %1, og du er %2%t", "The offering is for %1, and you are %2%t"},
	msgRoleRelated:      {"Tilbudet er for %1; som %2%t hører du til samme målgruppe", "Tilbodet er for %1; som %2%t høyrer du til same målgruppe", "The offering is for %1; as %2%t you belong to the same target group"},
	msgRoleNot:          {"Tilbudet er for %1, ikke for %2%t", "Tilbodet er for %1, ikkje for %2%t", "The offering is for %1, not for %2%t"},
	msgRoleNeedUnknown:  {"Du har ikke oppgitt om du er pasient, bruker eller pårørende; tilbudet er for %1", "Du har ikkje oppgitt om du er pasient, brukar eller pårørande; tilbodet er for %1", "You have not said whether you are a patient, service user or next of kin; the offering is for %1"},
	msgRoleOfferUnknown: {"Tilbudet oppgir ikke hvem det er for", "Tilbodet oppgir ikkje kven det er for", "The offering does not say whom it is for"},

	msgAgeMet:         {"Tilbudet er for alderen %1, og du er %2 år%t", "Tilbodet er for alderen %1, og du er %2 år%t", "The offering is for ages %1, and you are %2%t"},
	msgAgeNot:         {"Tilbudet er for alderen %1, men du er %2 år%t", "Tilbodet er for alderen %1, men du er %2 år%t", "The offering is for ages %1, but you are %2%t"},
	msgAgeAll:         {"Tilbudet har ingen aldersgrense", "Tilbodet har inga aldersgrense", "The offering has no age limit"},
	msgAgeNeedUnknown: {"Du har ikke oppgitt alder; tilbudet er for alderen %1", "Du har ikkje oppgitt alder; tilbodet er for alderen %1", "You have not given your age; the offering is for ages %1"},
	msgAgeGroupMet:    {"Tilbudet er for alderen %1, som passer for %2%t", "Tilbodet er for alderen %1, som passar for %2%t", "The offering is for ages %1, which suits %2%t"},
	msgAgeGroupNot:    {"Tilbudet er for alderen %1, ikke for %2%t", "Tilbodet er for alderen %1, ikkje for %2%t", "The offering is for ages %1, not for %2%t"},

	msgPlaceMuni:           {"Tilbudet holdes i %1, der du bor%t", "Tilbodet blir halde i %1, der du bur%t", "The offering is held in %1, where you live%t"},
	msgPlaceCounty:         {"Tilbudet holdes i %1, i ditt fylke (%2)%t", "Tilbodet blir halde i %1, i fylket ditt (%2)%t", "The offering is held in %1, in your county (%2)%t"},
	msgPlaceRegion:         {"Tilbudet holdes i %1, i din helseregion (%2)%t", "Tilbodet blir halde i %1, i helseregionen din (%2)%t", "The offering is held in %1, in your health region (%2)%t"},
	msgPlaceCovered:        {"Tilbudet er åpent for dem som bor i %1, og det gjør du%t", "Tilbodet er ope for dei som bur i %1, og det gjer du%t", "The offering is open to people living in %1, as you do%t"},
	msgPlaceNationalCourse: {"Kurset er digitalt og tilgjengelig i hele landet", "Kurset er digitalt og tilgjengeleg i heile landet", "The course is digital and available nationwide"},
	msgPlaceNational:       {"Tilbudet er digitalt og tilgjengelig i hele landet", "Tilbodet er digitalt og tilgjengeleg i heile landet", "The offering is digital and available nationwide"},
	msgPlaceDigitalArea:    {"Tilbudet er digitalt og åpent for dem som bor i %1, og det gjør du%t", "Tilbodet er digitalt og ope for dei som bur i %1, og det gjer du%t", "The offering is digital and open to people living in %1, as you do%t"},
	msgPlaceOut:            {"Tilbudet gjelder %1 og er ikke åpent for dem som bor i %2%t", "Tilbodet gjeld %1 og er ikkje ope for dei som bur i %2%t", "The offering serves %1 and is not open to people living in %2%t"},
	msgPlaceOfferUnknown:   {"Tilbudet oppgir ikke sted eller hvem det er åpent for", "Tilbodet oppgir ikkje stad eller kven det er ope for", "The offering states neither a place nor whom it is open to"},
	msgPlaceFar:            {"Tilbudet holdes i %1, langt fra deg%t, men er åpent for %2", "Tilbodet blir halde i %1, langt frå deg%t, men er ope for %2", "The offering is held in %1, far from you%t, but is open to %2"},
	msgPlaceNeedUnknown:    {"Du har ikke oppgitt hvor du bor; tilbudet gjelder %1", "Du har ikkje oppgitt kvar du bur; tilbodet gjeld %1", "You have not said where you live; the offering serves %1"},

	msgLangMet:          {"Tilbudet er på %1, som du forstår%t", "Tilbodet er på %1, som du forstår%t", "The offering is in %1, which you understand%t"},
	msgLangInterpreter:  {"Tilbudet er på %1, men det kan skaffes tolk", "Tilbodet er på %1, men det kan skaffast tolk", "The offering is in %1, but an interpreter can be arranged"},
	msgLangNot:          {"Tilbudet er på %1, og verken det eller tolk passer med språkene du har oppgitt%t", "Tilbodet er på %1, og verken det eller tolk passar med språka du har oppgitt%t", "The offering is in %1 and neither that nor an interpreter fits the languages you gave%t"},
	msgLangOfferUnknown: {"Tilbudet oppgir ikke språk", "Tilbodet oppgir ikkje språk", "The offering does not state its language"},
	msgLangNeedUnknown:  {"Du har ikke oppgitt språk; tilbudet er på %1", "Du har ikkje oppgitt språk; tilbodet er på %1", "You have not given a language; the offering is in %1"},

	msgAvailOpen:   {"Tilbudet er aktivt og har ledige plasser", "Tilbodet er aktivt og har ledige plassar", "The offering is active and has places left"},
	msgAvailEnded:  {"Tilbudet er avsluttet", "Tilbodet er avslutta", "The offering has ended"},
	msgAvailPaused: {"Tilbudet er satt på pause", "Tilbodet er sett på pause", "The offering is paused"},
	msgAvailFull:   {"Tilbudet er fullt", "Tilbodet er fullt", "The offering is full"},

	msgCondSame:        {"Tilbudet gjelder %1, som du oppga%t", "Tilbodet gjeld %1, som du oppgav%t", "The offering is about %1, which you named%t"},
	msgCondBroader:     {"Tilbudet gjelder %1, som omfatter %2%t", "Tilbodet gjeld %1, som omfattar %2%t", "The offering is about %1, which includes %2%t"},
	msgCondNarrower:    {"Tilbudet gjelder %1, som er en form for %2%t", "Tilbodet gjeld %1, som er ei form for %2%t", "The offering is about %1, one kind of %2%t"},
	msgCondGeneral:     {"Tilbudet er ikke knyttet til én diagnose og er åpent også ved %1%t", "Tilbodet er ikkje knytt til éin diagnose og er ope også ved %1%t", "The offering is not tied to one diagnosis and is open with %1 too%t"},
	msgCondOpen:        {"Tilbudet er åpent uansett diagnose", "Tilbodet er ope same kva diagnose", "The offering is open whatever the diagnosis"},
	msgCondOther:       {"Tilbudet gjelder bare %1, ikke %2%t", "Tilbodet gjeld berre %1, ikkje %2%t", "The offering is only for %1, not %2%t"},
	msgCondListed:      {"Tilbudet er laget for %1 og passer ikke direkte ved %2%t", "Tilbodet er laga for %1 og passar ikkje direkte ved %2%t", "The offering is made for %1 and does not directly fit %2%t"},
	msgCondNeedUnknown: {"Tilbudet gjelder %1; du har ikke oppgitt diagnose", "Tilbodet gjeld %1; du har ikkje oppgitt diagnose", "The offering is about %1; you have not named a condition"},

	msgThemeAll:         {"Tilbudet tar opp %1, som du ønsket%t", "Tilbodet tek opp %1, som du ønskte%t", "The offering covers %1, as you wished%t"},
	msgThemeSome:        {"Tilbudet tar opp %1, men ikke %2%t", "Tilbodet tek opp %1, men ikkje %2%t", "The offering covers %1 but not %2%t"},
	msgThemeNone:        {"Tilbudet tar ikke opp %1%t", "Tilbodet tek ikkje opp %1%t", "The offering does not cover %1%t"},
	msgThemeNeedUnknown: {"Du har ikke oppgitt tema", "Du har ikkje oppgitt tema", "You have not named any themes"},

	msgGoalAll:         {"Tilbudet har som mål %1, som du ønsket%t", "Tilbodet har som mål %1, som du ønskte%t", "The offering aims at %1, as you wished%t"},
	msgGoalSome:        {"Tilbudet har som mål %1, men ikke %2%t", "Tilbodet har som mål %1, men ikkje %2%t", "The offering aims at %1 but not %2%t"},
	msgGoalNone:        {"Tilbudet har ikke %1 som mål%t", "Tilbodet har ikkje %1 som mål%t", "The offering does not aim at %1%t"},
	msgGoalNeedUnknown: {"Du har ikke oppgitt mål", "Du har ikkje oppgitt mål", "You have not named any goals"},

	msgFormatMet:         {"Tilbudet er %1, som du foretrekker%t", "Tilbodet er %1, som du føretrekkjer%t", "The offering is %1, as you prefer%t"},
	msgFormatNot:         {"Tilbudet er %1, men du foretrekker %2%t", "Tilbodet er %1, men du føretrekkjer %2%t", "The offering is %1, but you prefer %2%t"},
	msgFormatNeedUnknown: {"Du har ikke sagt om du foretrekker gruppe eller individuelt; tilbudet er %1", "Du har ikkje sagt om du føretrekkjer gruppe eller individuelt; tilbodet er %1", "You have not said whether you prefer a group or one-to-one; the offering is %1"},

	msgDeliveryMet:         {"Tilbudet er %1, og det passer med det du ønsker%t", "Tilbodet er %1, og det passar med det du ønskjer%t", "The offering is %1, which suits what you want%t"},
	msgDeliveryNot:         {"Tilbudet er %1, men du vil bare møte fysisk%t", "Tilbodet er %1, men du vil berre møte fysisk%t", "The offering is %1, but you want to meet in person only%t"},
	msgDeliveryNeedUnknown: {"Du har ikke sagt om digitalt passer; tilbudet er %1", "Du har ikkje sagt om digitalt passar; tilbodet er %1", "You have not said whether digital suits you; the offering is %1"},

	msgTimeMet:          {"Tilbudet er på %1, og da kan du%t", "Tilbodet er på %1, og då kan du%t", "The offering meets %1, when you can attend%t"},
	msgTimeNot:          {"Tilbudet er på %1, men du kan bare %2%t", "Tilbodet er på %1, men du kan berre %2%t", "The offering meets %1, but you can only attend %2%t"},
	msgTimeNeedUnknown:  {"Du har ikke sagt når du kan delta", "Du har ikkje sagt når du kan delta", "You have not said when you can attend"},
	msgTimeOfferUnknown: {"Tilbudet oppgir ikke tidspunkt", "Tilbodet oppgir ikkje tidspunkt", "The offering does not say when it meets"},

	msgAccessMet:      {"Tilbudet har %1, som du trenger%t", "Tilbodet har %1, som du treng%t", "The offering provides %1, which you need%t"},
	msgAccessSome:     {"Tilbudet har %1, men ikke %2%t", "Tilbodet har %1, men ikkje %2%t", "The offering provides %1 but not %2%t"},
	msgAccessNone:     {"Tilbudet oppgir ikke %1, som du trenger%t", "Tilbodet oppgir ikkje %1, som du treng%t", "The offering does not list %1, which you need%t"},
	msgAccessNeedNone: {"Du har ikke oppgitt behov for tilrettelegging", "Du har ikkje oppgitt behov for tilrettelegging", "You have not given any accessibility needs"},

	msgStartSoon:        {"Neste oppstart er %1, %2", "Neste oppstart er %1, %2", "The next start is %1, %2"},
	msgStartLater:       {"Neste oppstart er først %1, %2", "Neste oppstart er først %1, %2", "The next start is not until %1, %2"},
	msgStartOngoing:     {"Tilbudet er i gang og varer til %1", "Tilbodet er i gang og varer til %1", "The offering is under way and runs until %1"},
	msgStartRolling:     {"Tilbudet har ingen fast oppstartsdato", "Tilbodet har ingen fast oppstartsdato", "The offering has no fixed start date"},
	msgStartContinuous:  {"Tilbudet har løpende oppstart", "Tilbodet har løpande oppstart", "The offering takes people in continuously"},
	msgCondCodeUnmapped: {"Koden du oppga hører ikke til noen tilstand i vokabularet, så diagnosen er ukjent her", "Koden du oppgav høyrer ikkje til nokon tilstand i vokabularet, så diagnosen er ukjend her", "The code you gave belongs to no condition in the vocabulary, so the condition is unknown here"},
	msgStartPast:        {"Tilbudet hadde siste oppstart %1", "Tilbodet hadde siste oppstart %1", "The offering last started on %1"},

	msgRoleForRelative:      {"Tilbudet er for %1, ikke for pårørende%t, men kan passe for %2", "Tilbodet er for %1, ikkje for pårørande%t, men kan passe for %2", "The offering is for %1, not for next of kin%t, but may suit %2"},
	msgAgeForRelative:       {"Tilbudet er for alderen %1, ikke for deg%t, men kan passe for %2", "Tilbodet er for alderen %1, ikkje for deg%t, men kan passe for %2", "The offering is for ages %1, not for you%t, but may suit %2"},
	msgPlaceCountyPart:      {"Tilbudet gjelder %1; du har bare oppgitt fylket %2%t, så det er uvisst om det gjelder der du bor", "Tilbodet gjeld %1; du har berre oppgitt fylket %2%t, så det er uvisst om det gjeld der du bur", "The offering serves %1; you named only the county, %2%t, so whether it serves where you live is unknown"},
	msgPlaceCountyCovered:   {"Tilbudet er åpent for dem som bor i %1, og du bor i %2%t", "Tilbodet er ope for dei som bur i %1, og du bur i %2%t", "The offering is open to people living in %1, and you live in %2%t"},
	msgPlaceInCounty:        {"Tilbudet holdes i %1, i %2, der du bor%t", "Tilbodet blir halde i %1, i %2, der du bur%t", "The offering is held in %1, in %2, where you live%t"},
	msgCondExcluded:         {"Tilbudet er ikke for personer med %1, og du har oppgitt %2%t", "Tilbodet er ikkje for personar med %1, og du har oppgitt %2%t", "The offering is not for people with %1, and you named %2%t"},
	msgCondUntied:           {"Tilbudet er ikke laget for en bestemt diagnose, og heller ikke for %1%t", "Tilbodet er ikkje laga for ein bestemd diagnose, og heller ikkje for %1%t", "The offering is made for no particular condition, nor for %1%t"},
	msgCondExclNeedUnknown:  {"Tilbudet er ikke for personer med %1; du har ikke oppgitt diagnose", "Tilbodet er ikkje for personar med %1; du har ikkje oppgitt diagnose", "The offering is not for people with %1; you have not named a condition"},
	msgDeliveryInPerson:     {"Tilbudet er %1, men du vil helst delta digitalt%t", "Tilbodet er %1, men du vil helst delta digitalt%t", "The offering is %1, but you would rather take part digitally%t"},
	msgDeliveryOfferUnknown: {"Tilbudet oppgir ikke om det er digitalt eller med oppmøte", "Tilbodet oppgir ikkje om det er digitalt eller med oppmøte", "The offering does not say whether it is digital or in person"},
}

type argKind uint8

const (
	argNone      argKind = iota
	argRolesPl           // mask of roles, plural phrase: "pasienter og pårørende"
	argRoleSing          // one role, as "you are …"
	argAgeRange          // n–m years
	argInt               // n
	argName              // a proper name, the same in every language
	argConds             // list of conditions
	argThemes            // mask of themes
	argGoals             // mask of goals
	argFormat            // one format as a noun phrase
	argDelivery          // one delivery as an adjective phrase
	argSlots             // mask of time slots
	argAccess            // mask of accessibility codes
	argLangs             // list of language tags
	argDate              // a date
	argAgeGroups         // mask of age groups
	argArea              // whom an offering serves by place: names, or n=1 for the whole country
	argDays              // a number of days from today: "i dag", "i morgen", "om 8 dager"
	argRelative          // a Relative (n) and their age (m, -1 if unknown): "barnet ditt (9 år)"
)

// arg is one value a Reason's sentence refers to, rendered per language.
type arg struct {
	list []string // names, codes or language tags; a name is list[0]
	mask uint64
	n, m int32 // numbers; for argDate n is the day number
	kind argKind
}

var (
	rolePlural = map[taxonomy.Role][3]string{
		taxonomy.RolePatient:   {"pasienter", "pasientar", "patients"},
		taxonomy.RoleNextOfKin: {"pårørende", "pårørande", "next of kin"},
		taxonomy.RoleUser:      {"brukere", "brukarar", "service users"},
	}
	roleSingular = map[taxonomy.Role][3]string{
		taxonomy.RolePatient:   {"pasient", "pasient", "a patient"},
		taxonomy.RoleNextOfKin: {"pårørende", "pårørande", "next of kin"},
		taxonomy.RoleUser:      {"bruker", "brukar", "a service user"},
	}
	formatPhrase = map[taxonomy.Format][3]string{
		taxonomy.FormatGroup:      {"et gruppetilbud", "eit gruppetilbod", "a group offering"},
		taxonomy.FormatIndividual: {"et individuelt tilbud", "eit individuelt tilbod", "a one-to-one offering"},
	}
	deliveryPhrase = map[taxonomy.Delivery][3]string{
		taxonomy.DeliveryInPerson: {"med fysisk oppmøte", "med fysisk oppmøte", "in person"},
		taxonomy.DeliveryDigital:  {"digitalt", "digitalt", "digital"},
		taxonomy.DeliveryHybrid:   {"både digitalt og med oppmøte", "både digitalt og med oppmøte", "both digital and in person"},
	}
	languageNames = map[string][3]string{
		"nb":  {"norsk", "norsk", "Norwegian"},
		"nn":  {"nynorsk", "nynorsk", "Norwegian (Nynorsk)"},
		"no":  {"norsk", "norsk", "Norwegian"},
		"se":  {"nordsamisk", "nordsamisk", "Northern Sami"},
		"sma": {"sørsamisk", "sørsamisk", "Southern Sami"},
		"smj": {"lulesamisk", "lulesamisk", "Lule Sami"},
		"en":  {"engelsk", "engelsk", "English"},
		"sv":  {"svensk", "svensk", "Swedish"},
		"da":  {"dansk", "dansk", "Danish"},
		"pl":  {"polsk", "polsk", "Polish"},
		"ar":  {"arabisk", "arabisk", "Arabic"},
		"so":  {"somali", "somali", "Somali"},
		"ti":  {"tigrinja", "tigrinja", "Tigrinya"},
		"uk":  {"ukrainsk", "ukrainsk", "Ukrainian"},
		"ur":  {"urdu", "urdu", "Urdu"},
		"fa":  {"persisk", "persisk", "Persian"},
		"lt":  {"litauisk", "litauisk", "Lithuanian"},
	}
	monthNames = [3][12]string{
		{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
		{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
		{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	}
	andWord = [3]string{" og ", " og ", " and "}
)

func (a arg) render(l taxonomy.Lang) string {
	li := l.Index()
	switch a.kind {
	case argRolesPl:
		var parts []string
		for _, r := range taxonomy.All[taxonomy.Role]() {
			if a.mask&(1<<uint(r)) != 0 {
				parts = append(parts, rolePlural[r][li])
			}
		}
		return joinList(parts, li)
	case argRoleSing:
		return roleSingular[taxonomy.Role(a.n)][li]
	case argAgeRange:
		switch {
		case int(a.m) >= taxonomy.MaxAge:
			return [3]string{strconv.Itoa(int(a.n)) + " år og eldre", strconv.Itoa(int(a.n)) + " år og eldre", strconv.Itoa(int(a.n)) + " and over"}[li]
		case a.n <= 0:
			return [3]string{"opp til " + strconv.Itoa(int(a.m)) + " år", "opp til " + strconv.Itoa(int(a.m)) + " år", "up to " + strconv.Itoa(int(a.m))}[li]
		}
		r := strconv.Itoa(int(a.n)) + "–" + strconv.Itoa(int(a.m))
		if li < 2 {
			r += " år"
		}
		return r
	case argInt:
		return strconv.Itoa(int(a.n))
	case argRelative:
		s := Relative(a.n).Label(l)
		if a.m >= 0 {
			age := strconv.Itoa(int(a.m))
			s += [3]string{" (" + age + " år)", " (" + age + " år)", " (aged " + age + ")"}[li]
		}
		return s
	case argDays:
		switch a.n {
		case 0:
			return [3]string{"i dag", "i dag", "today"}[li]
		case 1:
			return [3]string{"i morgen", "i morgon", "tomorrow"}[li]
		}
		n := strconv.Itoa(int(a.n))
		return [3]string{"om " + n + " dager", "om " + n + " dagar", "in " + n + " days"}[li]
	case argArea:
		if a.n == 1 {
			return [3]string{"hele landet", "heile landet", "the whole country"}[li]
		}
		return joinList(a.list, li)
	case argName:
		if len(a.list) == 0 {
			return ""
		}
		return a.list[0]
	case argConds:
		parts := make([]string, len(a.list))
		for i, c := range a.list {
			parts[i] = taxonomy.MustParseCondition(c).Label(l)
		}
		return joinList(parts, li)
	case argThemes:
		return joinMask[taxonomy.Theme](a.mask, l)
	case argGoals:
		return joinMask[taxonomy.Goal](a.mask, l)
	case argAccess:
		return joinMask[taxonomy.Accessibility](a.mask, l)
	case argAgeGroups:
		return joinMask[taxonomy.AgeGroup](a.mask, l)
	case argFormat:
		return formatPhrase[taxonomy.Format(a.n)][li]
	case argDelivery:
		return deliveryPhrase[taxonomy.Delivery(a.n)][li]
	case argSlots:
		var parts []string
		for s := lmh.WeekdayDaytime; s <= lmh.Weekend; s++ {
			if a.mask&(1<<uint(s)) != 0 {
				parts = append(parts, s.Label(l))
			}
		}
		return joinList(parts, li)
	case argLangs:
		parts := make([]string, len(a.list))
		for i, t := range a.list {
			if n, ok := languageNames[t]; ok {
				parts[i] = n[li]
			} else {
				parts[i] = t
			}
		}
		return joinList(parts, li)
	case argDate:
		if a.n == 0 {
			return ""
		}
		d := dateOfDay(a.n)
		if li == 2 {
			return strconv.Itoa(d.Day) + " " + monthNames[li][d.Month-1] + " " + strconv.Itoa(d.Year)
		}
		return strconv.Itoa(d.Day) + ". " + monthNames[li][d.Month-1] + " " + strconv.Itoa(d.Year)
	}
	return ""
}

func joinMask[C taxonomy.Code](mask uint64, l taxonomy.Lang) string {
	var parts []string
	for _, c := range taxonomy.All[C]() {
		if uint(c) < 64 && mask&(1<<uint(c)) != 0 {
			parts = append(parts, c.Label(l))
		}
	}
	return joinList(parts, l.Index())
}

func joinList(parts []string, li int) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + andWord[li] + parts[len(parts)-1]
}
