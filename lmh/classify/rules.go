package classify

// The rules of classification, in one place.
//
// A listing is read once through the glossary (terms of the vocabulary, with
// their senses) and once through the cue table below (words that are not
// terms but tell the rules who the audience is, what kind of page this is,
// where it is held). Every value the classifier gives comes from one of the
// rules named by a Basis, and every Basis points at spans of the text, so a
// person can check each decision.
//
// The rules, in the order they are applied:
//
//  1. Out of scope: a page for health personnel (helsepedagogikk, kurs for
//     fagfolk, instruktøropplæring), a job ad, practical information
//     (besøkstid, parkering, ventetid), a medication leaflet, news (budsjett,
//     undersøkelse), research, a ward description, recruitment of
//     volunteers, commercial and pregnancy pages are not learning-and-coping
//     offerings, however many course words they contain. In scope means: an
//     offering (or the LMH work of a service) is described, and nothing
//     marks the page as one of those.
//  2. A term names its value: "kolsskole" is the programme kolsskole and
//     the condition copd; "pårørende" the role next_of_kin. A term in the
//     title weighs more than one in the body; a compound's modifier
//     ("stressmestring" in "stressmestringsgruppe") weighs less than a whole
//     word.
//  3. A programme implies its usual format, and, where the text is silent,
//     its usual roles, age groups, conditions, themes and arena.
//  4. "Foreldre til barn med …" means next of kin of children.
//  5. An age range in years ("13–17 år", "over 67 år") gives every age group
//     it overlaps.
//  6. People addressed as having a condition ("for deg med kols", "personer
//     med demens") are patients; at a frisklivssentral, without a condition,
//     participants are users.
//  7. The organiser decides the arena, not a partner: a frisklivssentral or a
//     kommune is municipal, a hospital or its LMS specialist, an
//     organisation voluntary, a company private. Arena words after "i
//     samarbeid med", "sammen med" or "fra" count less.
//  8. Nettkurs, digitalt, video, Teams, Zoom → digital; a named meeting
//     place → in person; both, or "kan også følges digitalt" → hybrid.
//  9. Group and individual: the concept follows the format and the format
//     the concept; an offering with both group and one-to-one parts is an
//     offering without a format.
//  10. Conditions: the most specific ones named ("diabetes type 2", not also
//     "diabetes"). One family of conditions → diagnosis specific; several →
//     across diagnoses, as is "uansett diagnose"; no condition but a theme
//     → theme specific; "å leve med sykdom" → living with illness.
//  11. A facet with too little support stays empty.

import (
	"math"
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Basis names the rule behind one piece of evidence. The values are stable
// codes (they appear in the output of examples/classify); the rules
// themselves are described at the top of rules.go. Values are safe for
// concurrent use.
type Basis string

// The rules.
const (
	BasisTerm              Basis = "term"                     // a glossary term names the value
	BasisProgramme         Basis = "programme_implies"        // a programme implies its usual values
	BasisFormatConcept     Basis = "format_implies_concept"   // group → group offering, and back
	BasisParentsOfChildren Basis = "parents_of_children"      // foreldre til barn med … → next of kin, children
	BasisAgeRange          Basis = "age_range"                // an age range in years
	BasisHasCondition      Basis = "addressed_with_condition" // for deg med <condition> → patient
	BasisHealthPromotion   Basis = "health_promotion_user"    // frisklivs… without a condition → user
	BasisPlace             Basis = "meeting_place"            // a named place → in person
	BasisHybrid            Basis = "digital_and_in_person"    // both ways of taking part → hybrid
	BasisOneFamily         Basis = "one_condition_family"     // one family of conditions → diagnosis specific
	BasisManyFamilies      Basis = "several_conditions"       // several families → across diagnoses
	BasisAcrossDiagnoses   Basis = "across_diagnoses"         // "uansett diagnose"
	BasisThemeOnly         Basis = "theme_without_condition"  // themes, no condition → theme specific
	BasisLivingWithIllness Basis = "living_with_illness"      // "å leve med sykdom"
	BasisOffering          Basis = "describes_offering"       // in scope: an offering is described
	BasisOutOfScope        Basis = "not_an_offering"          // out of scope: see the cue
)

// The cue kinds. The out-of-scope kinds come first.
const (
	cueNone              cueKind = iota
	cuePersonnel                 // the audience is health personnel or course leaders
	cueJobAd                     // a job advertisement
	cuePractical                 // visiting hours, parking, travel, waiting times
	cueLeaflet                   // a medication leaflet or instructions for use
	cueNews                      // news, budgets, surveys, reports
	cueResearch                  // a research project
	cueWard                      // a ward or department description
	cueVolunteerTraining         // training or recruiting volunteers and user representatives
	cueCommercial                // a commercial leisure offer
	cueNotIllness                // pregnancy, vaccination, first aid: not living with illness
	cueMedia                     // a podcast or other media, not an offering

	cueOfferingShape // words of a concrete offering: påmelding, samlinger, kurset går over
	cueParents       // foreldre til barn …
	cueAddressed     // personer med …, voksne med … (people who have something)
	cueAddressedYou  // for deg med …, har du … (the reader has something)
	cueHealthPromo   // frisklivs…, levevaner
	cuePartner       // i samarbeid med, sammen med, fra
	cuePlace         // a meeting place
	cueDigital       // a digital way of taking part
	cueAlsoDigital   // in person with a digital option
	cueAcross        // uansett diagnose
	cueLiving        // å leve med sykdom
)

// lastOutOfScope is the last of the out-of-scope cue kinds.
const lastOutOfScope = cueMedia

var cueNames = [...]string{
	cuePersonnel: "audience_personnel", cueJobAd: "job_ad", cuePractical: "practical_information",
	cueLeaflet: "medication_leaflet", cueNews: "news", cueResearch: "research", cueWard: "ward",
	cueVolunteerTraining: "volunteer_training", cueCommercial: "commercial", cueNotIllness: "not_illness",
	cueMedia: "media",
}

// cueTable lists the cues, Bokmål and Nynorsk. A leading '|' requires a
// word start, a trailing '|' a word end.
var cueTable = []cue{
	// Out of scope: the audience is personnel.
	{"helsepedagogikk", cuePersonnel}, {"for helsepersonell", cuePersonnel}, {"helse- og sosialpersonell", cuePersonnel},
	{"for fagfolk", cuePersonnel}, {"for fagpersoner", cuePersonnel}, {"|ansatte i", cuePersonnel}, {"|ansatte ved", cuePersonnel},
	{"for ansatte", cuePersonnel}, {"|tilsette i", cuePersonnel}, {"|tilsette ved", cuePersonnel}, {"for tilsette", cuePersonnel},
	{"instruktørkurs", cuePersonnel}, {"instruktøropplæring", cuePersonnel}, {"kursledersamling", cuePersonnel},
	{"kursleiarsamling", cuePersonnel}, {"for kursledere", cuePersonnel}, {"for kursleiarar", cuePersonnel},
	{"kursholderopplæring", cuePersonnel}, {"bli sertifisert", cuePersonnel}, {"videreutdanning", cuePersonnel},
	{"vidareutdanning", cuePersonnel}, {"studiepoeng", cuePersonnel}, {"tellende timer", cuePersonnel},
	{"fagdag", cuePersonnel}, {"fagkonferanse", cuePersonnel}, {"konferanse", cuePersonnel},
	{"personalet", cuePersonnel}, {"barnehagepersonell", cuePersonnel}, {"grunnkurs for frisklivs", cuePersonnel},
	{"grunnkurs i frisklivs", cuePersonnel}, {"frisklivsarbeid", cuePersonnel}, {"for sykepleiere", cuePersonnel},
	{"e-læringskurs for", cuePersonnel},
	// A job ad.
	{"ledig stilling", cueJobAd}, {"fast stilling", cueJobAd}, {"% stilling", cueJobAd}, {"% fast", cueJobAd},
	{"søknadsfrist", cueJobAd}, {"lønn etter", cueJobAd}, {"løn etter", cueJobAd}, {"tiltredelse", cueJobAd},
	{"tiltreding", cueJobAd}, {"politiattest", cueJobAd}, {"autorisasjon som", cueJobAd}, {"vi ønsker deg som har", cueJobAd},
	{"vi ønskjer deg som har", cueJobAd}, {"søkere må", cueJobAd}, {"|søker sykepleier", cueJobAd},
	{"|søker psykolog", cueJobAd}, {"|søkjer frisklivs", cueJobAd}, {"erfaringskonsulent søkes", cueJobAd},
	{"|søker erfaringskonsulent", cueJobAd},
	// Practical information.
	{"besøkstid", cuePractical}, {"besøkende", cuePractical}, {"besøkande", cuePractical}, {"parkering", cuePractical},
	{"pasientreise", cuePractical}, {"reiseutgifter", cuePractical}, {"ventetid", cuePractical},
	{"fritt behandlingsvalg", cuePractical}, {"behandlingssted", cuePractical}, {"innkalling", cuePractical},
	// A medication leaflet.
	{"pakningsvedlegg", cueLeaflet}, {"les nøye gjennom", cueLeaflet}, {"oppbevares", cueLeaflet},
	{"bruksanvisning", cueLeaflet}, {"ikke bruk mer enn", cueLeaflet}, {"brukes til behandling av", cueLeaflet},
	{"inhalasjoner", cueLeaflet},
	// News, budgets, surveys, reports.
	{"budsjett", cueNews}, {"millioner kroner", cueNews}, {"kommunestyret", cueNews}, {"vedtok", cueNews},
	{"styret behandler", cueNews}, {"ifølge", cueNews}, {"i følge et", cueNews}, {"rapporten", cueNews},
	{"undersøkelse viser", cueNews}, {"undersøkelsen", cueNews}, {"spørreundersøkelse", cueNews},
	{"spørjeundersøking", cueNews}, {"pasienterfaringsundersøkelse", cueNews}, {"årsmelding", cueNews},
	{"årsrapport", cueNews}, {"offisielt åpnet", cueNews}, {"ble åpnet", cueNews}, {"har publisert", cueNews},
	{"nasjonal veileder", cueNews}, {"nasjonal rettleiar", cueNews}, {"opposisjonen", cueNews},
	// Research.
	{"forskningsprosjekt", cueResearch}, {"forskingsprosjekt", cueResearch}, {"doktorgrad", cueResearch},
	{"stipendiat", cueResearch}, {"|rek|", cueResearch}, {"forskningsråd", cueResearch},
	{"randomisert", cueResearch}, {"prosjektet undersøk", cueResearch}, {"prosjektet skal", cueResearch},
	// A ward or department.
	{"sengepost", cueWard}, {"senger|", cueWard}, {"innleggelse", cueWard}, {"innlegging", cueWard},
	{"overvakingseining", cueWard}, {"overvåkingsenhet", cueWard}, {"tek imot pasientar", cueWard},
	{"tar imot pasienter", cueWard},
	// Training or recruiting volunteers and user representatives.
	{"bli likeperson", cueVolunteerTraining}, {"likepersonskurs", cueVolunteerTraining},
	{"likepersonstjenesten", cueVolunteerTraining}, {"søker brukerrepresentant", cueVolunteerTraining},
	{"søkjer brukarrepresentant", cueVolunteerTraining}, {"søker personer med egenerfaring", cueVolunteerTraining},
	{"får honorar", cueVolunteerTraining}, {"honorar etter", cueVolunteerTraining},
	// Commercial leisure.
	{"kampanje", cueCommercial}, {"personlig trener", cueCommercial}, {"klippekort", cueCommercial},
	{"nye kunder", cueCommercial}, {"studioets", cueCommercial}, {"yogastudio", cueCommercial},
	{"treningssenter", cueCommercial},
	// Not about living with illness.
	{"gravide", cueNotIllness}, {"fødselsforberedende", cueNotIllness}, {"svangerskap", cueNotIllness},
	{"vaksine", cueNotIllness}, {"vaksinasjon", cueNotIllness}, {"vaksinering", cueNotIllness},
	{"førstehjelpskurs", cueNotIllness}, {"kurs i førstehjelp", cueNotIllness}, {"hjerte-lungeredning", cueNotIllness},
	// Media.
	{"podkast", cueMedia}, {"podcast", cueMedia}, {"episode", cueMedia},

	// The shape of a concrete offering.
	{"påmelding", cueOfferingShape}, {"meld deg på", cueOfferingShape}, {"melde deg på", cueOfferingShape},
	{"kurset går over", cueOfferingShape}, {"kurset varer", cueOfferingShape}, {"|samlinger", cueOfferingShape},
	{"|samlingar", cueOfferingShape}, {"møtes", cueOfferingShape}, {"møtest", cueOfferingShape},
	{"|kurset", cueOfferingShape}, {"ingen påmelding", cueOfferingShape}, {"inviterer", cueOfferingShape},

	// Parents of children.
	{"foreldre til barn", cueParents}, {"foreldre til born", cueParents}, {"foreldre til eit barn", cueParents},
	{"foreldre til et barn", cueParents}, {"foreldre som har fått et barn", cueParents},
	{"foreldre som nylig har fått vite at barnet", cueParents}, {"foreldre som nyleg har fått vite at barnet", cueParents},
	{"familier med barn", cueParents}, {"familiar med born", cueParents},

	// People addressed as having something.
	{"deg som har", cueAddressedYou}, {"deg med|", cueAddressedYou}, {"deg som lever med", cueAddressedYou},
	{"deg som har hatt", cueAddressedYou}, {"personer med", cueAddressed}, {"personar med", cueAddressed},
	{"voksne med", cueAddressed}, {"vaksne med", cueAddressed}, {"ungdom med", cueAddressed},
	{"unge med", cueAddressed}, {"kvinner som", cueAddressed}, {"menn som", cueAddressed},
	{"alle med", cueAddressed}, {"alle som har", cueAddressed}, {"deg som er plaga", cueAddressedYou},
	{"deg som opplever", cueAddressedYou}, {"for deg med", cueAddressedYou}, {"nydiagnostiserte", cueAddressed},
	{"har du fått", cueAddressedYou}, {"har du hatt", cueAddressedYou}, {"har du ", cueAddressedYou},
	{"deg som slit med", cueAddressedYou}, {"deg som strever med", cueAddressedYou},
	{"medlemmer med", cueAddressed}, {"dei som har", cueAddressed}, {"de som har", cueAddressed},

	// Health promotion.
	{"frisklivs", cueHealthPromo}, {"levevaner", cueHealthPromo}, {"levevanar", cueHealthPromo},
	{"friskliv", cueHealthPromo},

	// Partners rather than organisers.
	{"i samarbeid med", cuePartner}, {"i samarbeid mellom", cuePartner}, {"sammen med", cuePartner},
	{"saman med", cuePartner}, {"|fra|", cuePartner}, {"|frå|", cuePartner}, {"samarbeider med", cuePartner},
	{"samarbeid med", cuePartner},

	// Meeting places.
	{"oppmøte", cuePlace}, {"møt opp", cuePlace}, {"sted:", cuePlace}, {"stad:", cuePlace},
	{"lokalene", cuePlace}, {"lokaler", cuePlace}, {"lokala", cuePlace}, {"|lokale|", cuePlace},
	{"kurslokal", cuePlace}, {"auditori", cuePlace}, {"møterom", cuePlace}, {"gymsal", cuePlace},
	{"skolekjøkken", cuePlace}, {"skulekjøkken", cuePlace}, {"bibliotek", cuePlace}, {"helsehus", cuePlace},
	{"kulturhus", cuePlace}, {"rådhus", cuePlace}, {"hotell", cuePlace}, {"hotel|", cuePlace},
	{"etasje", cuePlace}, {"etasje,", cuePlace}, {"inngang", cuePlace}, {"hjemme hos deg", cuePlace},
	{"heime hos deg", cuePlace}, {"stillerom", cuePlace}, {"kafé i", cuePlace}, {"kafeen", cuePlace},
	{"demenskafé", cuePlace}, {"senter i", cuePlace}, {"holdes på", cuePlace}, {"blir halde på", cuePlace},
	{"varmtvassbasseng", cuePlace}, {"varmtvannsbasseng", cuePlace}, {"med overnatting", cuePlace},
	{"bur på hotell", cuePlace}, {"bor på hotell", cuePlace}, {"i lokalene", cuePlace},

	// Digital ways of taking part.
	{"digital", cueDigital}, {"nettkurs", cueDigital}, {"på nett", cueDigital}, {"|teams|", cueDigital},
	{"|zoom|", cueDigital}, {"video", cueDigital}, {"webinar", cueDigital}, {"e-læring", cueDigital},
	{"nettmøte", cueDigital}, {"lenke sendes", cueDigital}, {"i chatten", cueDigital}, {"via chat", cueDigital},
	{"strømmes", cueDigital}, {"strøymast", cueDigital}, {"online", cueDigital},

	// In person with a digital option.
	{"også følges digitalt", cueAlsoDigital}, {"òg følgjast digitalt", cueAlsoDigital},
	{"følgje det digitalt", cueAlsoDigital}, {"følge det digitalt", cueAlsoDigital},
	{"kan delta via video", cueAlsoDigital}, {"eller på video", cueAlsoDigital}, {"òg gjennomførast på video", cueAlsoDigital},
	{"også gjennomføres på video", cueAlsoDigital}, {"fysisk eller digitalt", cueAlsoDigital},
	{"digitalt eller fysisk", cueAlsoDigital}, {"strømmes også", cueAlsoDigital}, {"hybrid", cueAlsoDigital},
	{"telefon, video eller", cueAlsoDigital}, {"kan også delta digitalt", cueAlsoDigital},

	// Across diagnoses.
	{"uansett diagnose", cueAcross}, {"uavhengig av diagnose", cueAcross}, {"same kva diagnose", cueAcross},
	{"på tvers av diagnose", cueAcross}, {"alle diagnoser", cueAcross}, {"ulike diagnoser", cueAcross},
	{"ulike diagnosar", cueAcross}, {"kroniske sykdommer", cueAcross}, {"kroniske sjukdomar", cueAcross},
	{"alle diagnosar", cueAcross},

	// Living with illness in general.
	{"leve med langvarig", cueLiving}, {"leve med kronisk", cueLiving}, {"lever med en langvarig", cueLiving},
	{"lever med ein langvarig", cueLiving}, {"lever med en kronisk", cueLiving}, {"lever med langvarig", cueLiving},
	{"leve med sykdom", cueLiving}, {"leve med sjukdom", cueLiving}, {"lever med sykdom", cueLiving},
	{"nedsatt funksjonsevne", cueLiving}, {"hverdagsmestring", cueLiving}, {"kvardagsmeistring", cueLiving},
	{"hverdagsrehabilitering", cueLiving},
}

// extraTerms are words the rules need that the embedded glossary does not
// (yet) have; New adds them to the glossary it reads through, so
// their matches carry spans and senses like any other term. Inflected forms
// are written out.
var extraTerms = []struct {
	senses string // space-separated "facet:code"
	forms  string // comma-separated forms; the first is the term
	cs     bool   // case-sensitive (abbreviations)
}{
	// Methods, as verbs and nouns.
	{"method:teaching", "underviser,undervise,undervises,underviste,underviser om,undervisninga,forelesning,forelesninger,innlegg,foredraget,foredragene,føredrag,føredraget,lærer om,lærer du,lære om,kunnskap om,opplæring i,undervisar", false},
	{"method:information", "informasjon,informerer,informerer om,informasjonsmøte,informasjonsmøtet,informasjonsmøter,orienterer om,gir informasjon,får informasjon,får du informasjon", false},
	{"method:counselling", "råd om,gir råd,gi råd,praktiske råd,råd og veiledning,råd og rettleiing,rådgiving", false},
	{"method:guidance", "veileder,veiledes,rettleiar,veiledningssamtale,veiledningssamtaler,oppfølging og veiledning,motiverende samtale,motiverande samtale", false},
	{"method:experience_sharing", "deler erfaringer,dele erfaringar,deler erfaringar,utveksle erfaringar,utveksling av erfaringer,erfaringsutveksling i grupper,samtale og erfaringsutveksling,møte andre i samme situasjon,møter andre i samme situasjon,andre i samme situasjon,andre i same situasjon,treffe andre,møte andre som,gruppesamtaler,gruppesamtalar,dele tankar og erfaringar", false},
	{"method:peer_support", "erfaringskonsulent,erfaringskonsulenten,likepersoner fra,likeperson frå,brukerrepresentant,brukarrepresentant,egenerfaring,eigenerfaring,egen erfaring,eige erfaring", false},
	{"method:physical_activity", "gruppetrening,treningsgruppe,treningsgrupper,treningsgruppa,bassengtrening,øvelser,øvingar,trener,trenar,trene,treninga,treningen,turgruppe,turgruppa,styrke og balanse,balansetrening,opptrening", false},
	// Offerings.
	{"concept:group_offering", "treff,treffet,kafé,kafe,kafeen,kaféen,temamøte,temamøtet,temadag,temadagen,temakveld,nettmøte,nettmøter,samlingar,samlinger,helgekurs,kurskveld,kursdag,kursdagen,samtalegrupper,gruppetilbod,sorggruppe,sorggrupper,foreldregruppe,ungdomsgruppe,afasigruppe,pårørendegruppe", false},
	{"concept:individual_offering", "individuelle samtaler,individuelle samtalar,en samtale,ein samtale,samtale med,samtalar med,samtaler med,én-til-én,individuell oppfølging,individuell opplæring,individuell rettleiing,personlig møte,hjemme hos deg", false},
	{"concept:offering", "program,programmet,mestringsprogram,opphold,oppholdet,rehabiliteringsopphold,livsstilsopphold,livsstilsopphald,opphald,frisklivsresept", false},
	// Arenas.
	{"arena:private", "AS", true},
	{"arena:private", "privat,private,privat institusjon,privat, ideelt,psykologsenter,psykologsenteret,fysioterapeutene,klinikken AS", false},
	{"arena:specialist", "BUP,HF", true},
	{"arena:specialist", "habiliteringstjenesten,habiliteringstenesta,habiliteringstjenester,sykehuset,sjukehuset,universitetssykehus,universitetssjukehus,kompetansetjeneste,kompetansesenter,nevrologisk avdeling,barneavdelingen,barneavdelinga,klinikk for,psykiatrisk klinikk,rehabiliteringsavdeling,rehabiliteringsavdelingen,poliklinikken,smerteklinikk,smerteklinikken", false},
	{"arena:municipal", "bydel,bydelen,helsesykepleier,helsesykepleiere,helsesjukepleiar,hjemmetjenesten,tildelingskontoret,psykisk helsetjeneste,psykisk helseteneste,rustjenesten,kreftkoordinator,kreftkoordinatoren,demensteamet,demenskoordinator,skolehelsetjenesten,fysioterapitjenesten,herad,kommunar", false},
	{"arena:voluntary", "foreningen,foreininga,forbundet,landsforbund,frivillig,frivillige,frivilligsentral,frivilligsentralen,demensforeningen,demensforeininga,Kirkens Bymisjon,Voksne for Barn,LPP,Selvhjelp Norge,Norilco", false},
	// People.
	{"role:next_of_kin", "partner,partnere,partneren,ektefelle,ektefeller,søsken,nærmeste,næraste,dine nærmeste,dei som står deg nær,de som står deg nær,familien,familiane,familier,familiar,mor eller far,foreldra,foreldrene,omsorgspersoner", false},
	{"role:patient", "nydiagnostiserte,nydiagnostisert", false},
	{"role:user", "innbyggjarar,innbyggarar,innbyggjar,brukerne,brukarane,elever", false},
	{"age_group:adults", "voksen alder,unge voksne,ung voksen,vaksne", false},
	{"age_group:elderly", "pensjonister,seniorar,eldre over,hjemmeboende eldre", false},
	{"age_group:children", "barnehage,barnehagen,barna,borna,barnelege", false},
	// Themes and conditions in everyday words.
	{"theme:nutrition", "mat,maten,måltider,måltid,matlaging,kost,kostvaner,kosthaldet,glutenfritt,ernæringsfysiolog,kosthaldsrettleiar,kalsium,matallergi", false},
	{"theme:sleep", "sove,sovne,søvnvansker,søvnhygiene,søvnproblemer,døgnrytme", false},
	{"theme:work", "arbeidsgiver,arbeidsgivar,tilbake til arbeid,tilbake til jobb,tilbake i jobb,sykmeldt,sjukmeld,utdanning og arbeid,arbeid og studier", false},
	{"theme:rights_and_aids", "NAV", true},
	{"theme:rights_and_aids", "rettar,trygd,trygderettigheter,støtteordninger,hjelpestønad,pleiepenger,omsorgsstønad,hjelpetiltak,juridiske forhold,tjenestetilbudet", false},
	{"theme:medication", "medisin,medisinar,insulin,inhalasjonsteknikk,nikotinlegemidler,medikamentell behandling", false},
	{"theme:pain", "smerter,smertemestring,smertehandtering,smerteskole", false},
	{"theme:fatigue", "utmatting,energiøkonomisering,trøyttleik,energi og hvile,energi og kvile", false},
	{"theme:stress", "stressreaksjoner,avspenning,belastninger", false},
	{"theme:relationships", "relasjoner,relasjonar,parforhold,samlivet", false},
	{"theme:sexuality", "seksualitet,ereksjonsproblemer,nærleik og seksualitet", false},
	{"theme:grief", "mistet,mista,sorga,etterlatne,døden", false},
	{"theme:mental_health", "følelser,kjensler,nedstemthet,nedstemtheit,psykiske reaksjoner,psykiske helseutfordringer", false},
	{"theme:parenting", "foreldrerollen,foreldrerolla", false},
	{"condition:dementia", "demenssykdommer,demensdiagnose", false},
	{"condition:osteoarthritis", "kneprotese,hofteprotese", false},
	{"condition:depression", "depresjonsplager,nedfor", false},
	{"condition:heart_attack", "utblokking", false},
}

// glossaryWithExtras returns g with extraTerms added.
func glossaryWithExtras() (*glossary.Glossary, error) {
	var es []glossary.Entry
	for _, x := range extraTerms {
		var senses []taxonomy.Ref
		for _, r := range strings.Fields(x.senses) {
			ref, err := taxonomy.ParseRef(r)
			if err != nil {
				return nil, err
			}
			senses = append(senses, ref)
		}
		forms := strings.Split(x.forms, ",")
		for _, f := range forms {
			e := glossary.Entry{Term: f, Lang: taxonomy.NB, Kind: glossary.KindSynonym, Senses: senses,
				Source: "lmhkit", CaseSensitive: x.cs}
			if x.cs {
				e.Positions = glossary.Word
			}
			es = append(es, e)
		}
	}
	return glossary.New(es...)
}

func defaultCues() *cueScanner {
	s, err := newCueScanner(cueTable)
	if err != nil {
		panic(err) // the table is checked by the package's tests
	}
	return s
}

// Weights of the rules. A value needs support of at least minSupport to be
// given; a term in the title counts titleWeight times.
const (
	minSupport     = 0.5
	titleWeight    = 1.6
	modifierWeight = 0.6 // a compound's modifier: "kols" in "kolsskole"
	headWeight     = 0.9 // a compound's head: "kurs" in "diabeteskurs"
	partnerWeight  = 0.3 // an arena named as a partner
	impliedWeight  = 0.8 // a value implied by a programme or a rule
	orgNameWeight  = 0.4 // a condition or theme named by an organisation's name
	maxEvidence    = 2   // evidence items kept per value
)

// facets the classifier gives.
var outputFacets = []taxonomy.Facet{
	taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetRole, taxonomy.FacetAgeGroup,
	taxonomy.FacetArena, taxonomy.FacetDelivery, taxonomy.FacetMethod, taxonomy.FacetScope,
	taxonomy.FacetCondition, taxonomy.FacetTheme, taxonomy.FacetProgramme,
}

// isOutputFacet tells the facets of outputFacets.
var isOutputFacet = func() (t [256]bool) {
	for _, f := range outputFacets {
		t[f] = true
	}
	return t
}()

// kindWeight is how strongly a term of each kind names its concepts.
func kindWeight(k glossary.Kind) float64 {
	switch k {
	case glossary.KindPreferred, glossary.KindOfficialSynonym:
		return 1
	case glossary.KindSynonym, glossary.KindAbbreviation:
		return 0.9
	case glossary.KindExample:
		return 0.85
	}
	return 0.7
}

// termVotes turns the glossary matches into votes (rule 2), counting arena
// terms named as partners less (rule 7). The glossary reports every term it
// finds, also inside longer ones ("stressmestringsgruppe", and within it
// "stressmestring", "stress", "gruppe"); a match inside a longer one counts
// only for facets the longer one says nothing about.
func termVotes(s *scratch) {
	var open [16]int // indexes of earlier matches that may enclose the current one
	nOpen := 0
	for i := range s.matches {
		m := &s.matches[i]
		if i == s.nTitle {
			nOpen = 0
		}
		part := s.part(i)
		// Forget the earlier matches that end before m starts.
		k := 0
		for _, j := range open[:nOpen] {
			if s.matches[j].End > m.Start {
				open[k] = j
				k++
			}
		}
		nOpen = k
		w := kindWeight(m.Kind)
		switch m.Position {
		case glossary.Head:
			w *= headWeight
		case glossary.Modifier:
			w *= modifierWeight
		}
		if part == PartTitle {
			w *= titleWeight
		}
	senses:
		for _, sense := range m.Senses {
			f := sense.Facet()
			if !isOutputFacet[f] {
				continue
			}
			for _, j := range open[:nOpen] {
				if s.matches[j].End < m.End {
					continue // overlaps m without enclosing it
				}
				for _, o := range s.matches[j].Senses {
					if o.Facet() == f {
						continue senses
					}
				}
			}
			sw := w
			if f == taxonomy.FacetArena && s.afterPartner(part, m.Start) {
				sw *= partnerWeight
			}
			if (f == taxonomy.FacetCondition || f == taxonomy.FacetTheme) && namesOrganisation(m) {
				sw *= orgNameWeight
			}
			s.addVote(vote{ref: sense, weight: sw, ev: evi{
				Facet: f, Value: sense, Part: part, Start: m.Start, End: m.End,
				Term: matchTerm(i), Sense: sense, Basis: bTerm,
			}})
		}
		// A coordination ("hjerte- og lungesyke" read as hjertesyke) spans
		// the other terms it lends its head to; it hides nothing.
		if nOpen < len(open) && !m.Expanded {
			open[nOpen] = i
			nOpen++
		}
	}
}

// namesOrganisation reports whether a match is the name of an
// organisation (it has an arena sense): "Norsk Revmatikerforbund" names
// rheumatism, but a listing that mentions the organisation is not thereby
// about rheumatism (rule 10).
func namesOrganisation(m *glossary.Match) bool {
	for _, r := range m.Senses {
		if r.Facet() == taxonomy.FacetArena {
			return true
		}
	}
	return false
}

// afterPartner reports whether a span starting at start follows a partner
// cue ("i samarbeid med", "fra") closely, in the same sentence.
func (s *scratch) afterPartner(part Part, start int) bool {
	for _, c := range s.cues {
		if c.kind == cuePartner && c.part == part && c.end <= start && start-c.end <= 40 {
			return true
		}
	}
	return false
}

func (s *scratch) hasCue(k cueKind) (int, bool) {
	for i, c := range s.cues {
		if c.kind == k {
			return i, true
		}
	}
	return -1, false
}

// cueEvidence is the evidence of cue i.
func (s *scratch) cueEvidence(i int, b basisID) evi {
	c := &s.cues[i]
	return evi{Part: c.part, Start: c.start, End: c.end, Term: cueTerm(i), Basis: b}
}

// implied adds a vote for v backed by the span of ev.
func (s *scratch) implied(v taxonomy.Ref, w float64, ev evi, b basisID) {
	ev.Facet, ev.Value, ev.Basis = v.Facet(), v, b
	s.addVote(vote{ref: v, weight: w, ev: ev})
}

// has reports whether facet f has a value with at least minSupport.
func (s *scratch) has(f taxonomy.Facet) bool {
	var buf [16]tally
	for _, t := range s.tallies(f, buf[:0]) {
		if t.weight >= minSupport {
			return true
		}
	}
	return false
}

// inScope decides rule 1 and returns the decision, its confidence and the
// evidence for it.
func inScope(s *scratch) (bool, float64, []evi) {
	// What speaks against: the strongest out-of-scope cue kinds.
	neg := 0.0
	negEv := s.negEv[:0]
	var seen [lastOutOfScope + 1]bool
	for i, c := range s.cues {
		if c.kind == cueNone || c.kind > lastOutOfScope || seen[c.kind] {
			continue
		}
		seen[c.kind] = true
		w := 3.0 // strong: the page is for someone else, or about something else
		if c.kind == cuePractical || c.kind == cueWard {
			w = 1.2 // weak: real listings also mention parking and wards
		}
		if c.part == PartTitle {
			w *= 1.5
		}
		neg += w
		negEv = append(negEv, s.cueEvidence(i, bOutOfScope))
	}
	// What speaks for: an offering, a programme, its participants and
	// methods.
	var offering, people, methods, conditions float64
	posEv := s.posEv[:0]
	best := -1.0
	for _, v := range s.votes {
		switch v.ref.Facet() {
		case taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetProgramme:
			offering += v.weight
			if v.weight > best {
				best = v.weight
				posEv = append(posEv[:0], v.ev)
			}
		case taxonomy.FacetRole:
			people += v.weight
		case taxonomy.FacetMethod:
			methods += v.weight
		case taxonomy.FacetCondition:
			conditions += v.weight
		}
	}
	if c, ok := s.hasCue(cueOfferingShape); ok {
		offering += 0.5
		if len(posEv) == 0 {
			posEv = append(posEv, s.cueEvidence(c, bOffering))
		}
	}
	s.posEv, s.negEv = posEv, negEv
	pos := math.Min(offering, 3) + 0.5*math.Min(people, 2) + 0.3*math.Min(methods, 2) + 0.2*math.Min(conditions, 2)
	score := pos - neg
	in := offering >= 0.8 && score >= 1.2
	conf := 1 / (1 + math.Exp(-(score-1.2)*1.5))
	for i := range posEv {
		posEv[i].Facet, posEv[i].Value, posEv[i].InScope, posEv[i].Basis = 0, taxonomy.Ref{}, true, bOffering
	}
	if in {
		return true, conf, posEv
	}
	if len(negEv) == 0 {
		return false, 1 - conf, nil
	}
	return false, 1 - conf, negEv
}

// decide applies the rules to what the scanners found.
// With gate false the facets are read whatever the in-scope decision.
func decide(s *scratch, gate bool) Result {
	termVotes(s)
	var out Result
	in, conf, ev := inScope(s)
	out.InScope, out.Confidence.InScope = in, conf
	if !in && gate {
		// Rule 1: an out-of-scope page has no facets.
		if len(ev) > 0 {
			out.Evidence = make([]Evidence, len(ev))
			for i, e := range ev {
				out.Evidence[i] = s.evidence(e)
			}
		}
		return out
	}

	// Rule 4: foreldre til barn → next of kin, children.
	for c := range s.cues {
		if s.cues[c].kind == cueParents {
			s.implied(taxonomy.RoleNextOfKin.Ref(), 1, s.cueEvidence(c, bNone), bParentsOfChildren)
			s.implied(taxonomy.AgeGroupChildren.Ref(), 1, s.cueEvidence(c, bNone), bParentsOfChildren)
			break
		}
	}
	// Rule 5: age ranges.
	for _, a := range s.ages {
		for _, g := range taxonomy.AgeGroupsBetween(a.min, a.max) {
			ev := evi{Part: a.part, Start: a.start, End: a.end, Term: termAgeRange}
			s.implied(g.Ref(), 1.2, ev, bAgeRange)
		}
	}
	if len(s.ages) > 0 {
		dropAgeWordsInRanges(s)
	}

	// Programme (rule 3 needs it first).
	out.Programme, out.Confidence.Programme = bestOf[taxonomy.Programme](s, taxonomy.FacetProgramme)
	if out.Programme != 0 {
		programmeImplies(s, out.Programme)
	}

	// Conditions (rule 10): the most specific ones named.
	out.Conditions, out.Confidence.Conditions = allOf[taxonomy.Condition](s, taxonomy.FacetCondition)
	out.Conditions = mostSpecific(titleFirst(s, out.Conditions))

	// Rule 6: people addressed as having a condition are patients; at a
	// frisklivssentral without a condition they are users.
	// Next of kin are addressed through their relative ("pårørende til
	// personer med demens"), so then only the reader addressed directly
	// ("for deg med …") counts.
	if len(out.Conditions) > 0 && s.weightOf(taxonomy.RolePatient.Ref()) < minSupport &&
		s.weightOf(taxonomy.RoleUser.Ref()) < minSupport {
		c, ok := s.hasCue(cueAddressedYou)
		if !ok && s.weightOf(taxonomy.RoleNextOfKin.Ref()) < minSupport {
			c, ok = s.hasCue(cueAddressed)
		}
		if ok || !s.has(taxonomy.FacetRole) {
			var ev evi
			if ok {
				ev = s.cueEvidence(c, bNone)
			} else {
				ev.Part, ev.Start, ev.End = s.firstVoteSpan(out.Conditions[0].Ref())
			}
			s.implied(taxonomy.RolePatient.Ref(), impliedWeight, ev, bHasCondition)
		}
	}
	if len(out.Conditions) == 0 && !s.has(taxonomy.FacetRole) {
		if c, ok := s.hasCue(cueHealthPromo); ok {
			s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.cueEvidence(c, bNone), bHealthPromotion)
		}
	}
	out.Roles, out.Confidence.Roles = allOf[taxonomy.Role](s, taxonomy.FacetRole)
	out.AgeGroups, out.Confidence.AgeGroups = allOf[taxonomy.AgeGroup](s, taxonomy.FacetAgeGroup)
	slices.Sort(out.AgeGroups)

	// Rule 7: the arena of the organiser.
	out.Arena, out.Confidence.Arena = bestOf[taxonomy.Arena](s, taxonomy.FacetArena)

	// Rule 8: delivery.
	out.Delivery, out.Confidence.Delivery = delivery(s)

	out.Methods, out.Confidence.Methods = allOf[taxonomy.Method](s, taxonomy.FacetMethod)
	out.Themes, out.Confidence.Themes = allOf[taxonomy.Theme](s, taxonomy.FacetTheme)

	// Rule 9: format and concept.
	out.Concept, out.Format, out.Confidence.Concept, out.Confidence.Format = conceptAndFormat(s)

	// Rule 10: scope.
	out.Scope, out.Confidence.Scope = scope(s, out.Conditions, out.Themes, out.Programme)

	out.Evidence = s.collectEvidence(ev, &out)
	return out
}

// firstVoteSpan returns where the first vote for r was found: the part
// (title or text) and the span within it.
func (s *scratch) firstVoteSpan(r taxonomy.Ref) (Part, int, int) {
	for _, v := range s.votes {
		if v.ref == r {
			return v.ev.Part, v.ev.Start, v.ev.End
		}
	}
	return PartText, 0, 0
}

// dropAgeWordsInRanges removes votes from age words inside an age range
// ("18 år og eldre" is not evidence of the elderly beyond the range).
func dropAgeWordsInRanges(s *scratch) {
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref.Facet() != taxonomy.FacetAgeGroup || v.ev.Basis != bTerm {
			continue
		}
		for _, a := range s.ages {
			if a.part == v.ev.Part && v.ev.Start >= a.start && v.ev.Start <= a.end+16 {
				s.weight[refKey(v.ref)] -= v.weight
				v.weight = 0
			}
		}
	}
}

// programmeImplies applies rule 3.
func programmeImplies(s *scratch, p taxonomy.Programme) {
	ev := s.votesFor(p.Ref())
	if f := p.Format(); f != 0 {
		s.implied(f.Ref(), 1, ev, bProgramme)
	}
	if !s.has(taxonomy.FacetRole) {
		for _, r := range p.Roles() {
			s.implied(r.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if !s.has(taxonomy.FacetAgeGroup) {
		for _, a := range p.AgeGroups() {
			s.implied(a.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if !s.has(taxonomy.FacetCondition) {
		for _, c := range p.Conditions() {
			s.implied(c.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if !s.has(taxonomy.FacetTheme) {
		for _, t := range p.Themes() {
			s.implied(t.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if a := p.Arena(); a != 0 && !s.has(taxonomy.FacetArena) {
		s.implied(a.Ref(), impliedWeight, ev, bProgramme)
	}
}

// votesFor returns the evidence of the strongest vote for r.
func (s *scratch) votesFor(r taxonomy.Ref) evi {
	var best vote
	for _, v := range s.votes {
		if v.ref == r && v.weight > best.weight {
			best = v
		}
	}
	return best.ev
}

// confidence maps summed support to [0, 1).
func confidence(w float64) float64 {
	if w <= 0 {
		return 0
	}
	return 1 - math.Exp(-1.2*w)
}

// bestOf returns the best-supported value of a single-valued facet.
func bestOf[C taxonomy.Code](s *scratch, f taxonomy.Facet) (C, float64) {
	var buf [16]tally
	ts := s.tallies(f, buf[:0])
	var best tally
	total := 0.0
	for _, t := range ts {
		total += t.weight
		if t.weight > best.weight {
			best = t
		}
	}
	if best.weight < minSupport {
		var zero C
		return zero, 0
	}
	c, _ := taxonomy.FromRef[C](best.ref)
	// Confidence falls when other values compete.
	return c, confidence(best.weight) * best.weight / total
}

// allOf returns every value of a multi-valued facet with enough support, in
// order of first appearance.
func allOf[C taxonomy.Code](s *scratch, f taxonomy.Facet) ([]C, float64) {
	var buf [32]tally
	var out []C
	minW := math.Inf(1)
	for _, t := range s.tallies(f, buf[:0]) {
		if t.weight < minSupport {
			continue
		}
		if c, ok := taxonomy.FromRef[C](t.ref); ok {
			out = append(out, c)
			minW = math.Min(minW, t.weight)
		}
	}
	if len(out) == 0 {
		return nil, 0
	}
	return out, confidence(minW)
}

// titleFirst keeps, when the title names conditions, only those and the
// ones the body names more than once: the title says what an offering is
// about, and a passing mention in the body ("etter ulykke, hjerneslag eller
// sykdom") does not change it.
func titleFirst(s *scratch, cs []taxonomy.Condition) []taxonomy.Condition {
	inTitle := func(c taxonomy.Condition) bool {
		for _, v := range s.votes {
			if v.ev.Part == PartTitle && v.weight > 0 && (v.ref == c.Ref() || c.Ref().Subsumes(v.ref) || v.ref.Subsumes(c.Ref())) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(cs, inTitle) {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if inTitle(c) || s.weightOf(c.Ref()) >= 1.5 {
			out = append(out, c)
		}
	}
	return out
}

// mostSpecific drops every condition that is an ancestor of another one
// given.
func mostSpecific(cs []taxonomy.Condition) []taxonomy.Condition {
	out := cs[:0]
	for _, c := range cs {
		broader := false
		for _, d := range cs {
			if c != d && c.Subsumes(d) {
				broader = true
				break
			}
		}
		if !broader {
			out = append(out, c)
		}
	}
	return out
}

// delivery applies rule 8.
func delivery(s *scratch) (taxonomy.Delivery, float64) {
	d, conf := bestOf[taxonomy.Delivery](s, taxonomy.FacetDelivery)
	digital := d == taxonomy.DeliveryDigital
	inPerson := d == taxonomy.DeliveryInPerson
	digitalCue, placeCue, alsoCue := -1, -1, -1
	for i := range s.cues {
		switch s.cues[i].kind {
		case cueDigital:
			if digitalCue < 0 {
				digitalCue = i
			}
		case cuePlace:
			if placeCue < 0 {
				placeCue = i
			}
		case cueAlsoDigital:
			if alsoCue < 0 {
				alsoCue = i
			}
		}
	}
	switch {
	case d == taxonomy.DeliveryHybrid:
		return d, conf
	case alsoCue >= 0:
		s.implied(taxonomy.DeliveryHybrid.Ref(), 1, s.cueEvidence(alsoCue, bNone), bHybrid)
		return taxonomy.DeliveryHybrid, 0.8
	}
	if digitalCue >= 0 && !digital {
		s.implied(taxonomy.DeliveryDigital.Ref(), 1, s.cueEvidence(digitalCue, bNone), bTerm)
		digital = true
	}
	if placeCue >= 0 && !inPerson {
		s.implied(taxonomy.DeliveryInPerson.Ref(), 1, s.cueEvidence(placeCue, bNone), bPlace)
		inPerson = true
	}
	switch {
	case digital && inPerson:
		ev := s.votesFor(taxonomy.DeliveryDigital.Ref())
		s.implied(taxonomy.DeliveryHybrid.Ref(), 1, ev, bHybrid)
		ev = s.votesFor(taxonomy.DeliveryInPerson.Ref())
		s.implied(taxonomy.DeliveryHybrid.Ref(), 0, ev, bHybrid)
		return taxonomy.DeliveryHybrid, 0.6
	case digital:
		return taxonomy.DeliveryDigital, confidence(s.weightOf(taxonomy.DeliveryDigital.Ref()))
	case inPerson:
		return taxonomy.DeliveryInPerson, confidence(s.weightOf(taxonomy.DeliveryInPerson.Ref()))
	}
	return 0, 0
}

// conceptAndFormat applies rule 9.
func conceptAndFormat(s *scratch) (taxonomy.Concept, taxonomy.Format, float64, float64) {
	group := s.weightOf(taxonomy.FormatGroup.Ref()) + s.weightOf(taxonomy.ConceptGroupOffering.Ref())
	indiv := s.weightOf(taxonomy.FormatIndividual.Ref()) + s.weightOf(taxonomy.ConceptIndividualOffering.Ref())
	offering := s.weightOf(taxonomy.ConceptOffering.Ref())
	activity := s.weightOf(taxonomy.ConceptActivity.Ref())
	switch {
	case group >= minSupport && indiv >= minSupport && math.Min(group, indiv)/math.Max(group, indiv) >= 0.5:
		for _, f := range []taxonomy.Ref{taxonomy.FormatGroup.Ref(), taxonomy.FormatIndividual.Ref(),
			taxonomy.ConceptGroupOffering.Ref(), taxonomy.ConceptIndividualOffering.Ref()} {
			s.implied(taxonomy.ConceptOffering.Ref(), 0, s.votesFor(f), bFormatConcept)
		}
		return taxonomy.ConceptOffering, 0, confidence(group + indiv), 0
	case group >= minSupport && group >= indiv && group >= activity:
		s.copyVotes(taxonomy.ConceptGroupOffering.Ref(), taxonomy.FormatGroup.Ref())
		c := confidence(group - indiv)
		return taxonomy.ConceptGroupOffering, taxonomy.FormatGroup, c, c
	case indiv >= minSupport && indiv >= activity:
		s.copyVotes(taxonomy.ConceptIndividualOffering.Ref(), taxonomy.FormatIndividual.Ref())
		c := confidence(indiv - group)
		return taxonomy.ConceptIndividualOffering, taxonomy.FormatIndividual, c, c
	case activity >= minSupport:
		return taxonomy.ConceptActivity, 0, confidence(activity), 0
	case offering >= minSupport:
		return taxonomy.ConceptOffering, 0, confidence(offering), 0
	}
	return 0, 0, 0, 0
}

// copyVotes gives the concept the evidence of its format and the format
// the evidence of its concept (rule 9).
func (s *scratch) copyVotes(concept, format taxonomy.Ref) {
	n := len(s.votes)
	for i := 0; i < n; i++ {
		v := s.votes[i]
		switch v.ref {
		case concept:
			s.implied(format, 0, v.ev, bFormatConcept)
		case format:
			s.implied(concept, 0, v.ev, bFormatConcept)
		}
	}
}

// scope applies rule 10.
func scope(s *scratch, conds []taxonomy.Condition, themes []taxonomy.Theme, p taxonomy.Programme) (taxonomy.Scope, float64) {
	if c, ok := s.hasCue(cueAcross); ok {
		s.implied(taxonomy.ScopeCrossDiagnostic.Ref(), 1, s.cueEvidence(c, bNone), bAcrossDiagnoses)
		return taxonomy.ScopeCrossDiagnostic, 0.8
	}
	if len(conds) > 0 {
		families := 0
		var roots [8]taxonomy.Condition
		for _, c := range conds {
			r := rootOf(c)
			if !slices.Contains(roots[:min(families, len(roots))], r) {
				if families < len(roots) {
					roots[families] = r
				}
				families++
			}
		}
		ev := s.votesFor(conds[0].Ref())
		if families == 1 {
			s.implied(taxonomy.ScopeDiagnosisSpecific.Ref(), 1, ev, bOneFamily)
			return taxonomy.ScopeDiagnosisSpecific, 0.7
		}
		s.implied(taxonomy.ScopeCrossDiagnostic.Ref(), 1, ev, bManyFamilies)
		return taxonomy.ScopeCrossDiagnostic, 0.6
	}
	if c, ok := s.hasCue(cueLiving); ok {
		s.implied(taxonomy.ScopeLivingWithIllness.Ref(), 1, s.cueEvidence(c, bNone), bLivingWithIllness)
		return taxonomy.ScopeLivingWithIllness, 0.6
	}
	if len(themes) > 0 {
		ev := s.votesFor(themes[0].Ref())
		s.implied(taxonomy.ScopeThemeSpecific.Ref(), 1, ev, bThemeOnly)
		return taxonomy.ScopeThemeSpecific, 0.5
	}
	return 0, 0
}

// rootOf returns the top of c's hierarchy.
func rootOf(c taxonomy.Condition) taxonomy.Condition {
	for b := c.Broader(); b != 0; b = b.Broader() {
		c = b
	}
	return c
}

// collectEvidence appends the evidence of every value given in out, grouped
// by value in the order of the Result's fields: for each value the
// first vote of each rule and more votes up to maxEvidence, in order of
// position. Votes that carry support are used when a value has any; a value
// with none (a format known from its concept) gets the links that implied
// it. It reads the votes once.
func (s *scratch) collectEvidence(scopeEv []evi, out *Result) []Evidence {
	refs := s.decided[:0]
	if out.Concept != 0 {
		refs = append(refs, out.Concept.Ref())
	}
	if out.Format != 0 {
		refs = append(refs, out.Format.Ref())
	}
	refs = appendRefs(refs, out.Roles)
	refs = appendRefs(refs, out.AgeGroups)
	if out.Arena != 0 {
		refs = append(refs, out.Arena.Ref())
	}
	if out.Delivery != 0 {
		refs = append(refs, out.Delivery.Ref())
	}
	refs = appendRefs(refs, out.Methods)
	if out.Scope != 0 {
		refs = append(refs, out.Scope.Ref())
	}
	refs = appendRefs(refs, out.Conditions)
	refs = appendRefs(refs, out.Themes)
	if out.Programme != 0 {
		refs = append(refs, out.Programme.Ref())
	}
	s.decided = refs

	slots := s.slotState[:0]
	for k, r := range refs {
		s.slot[refKey(r)] = int16(k + 1)
		slots = append(slots, evidenceSlot{positive: s.weightOf(r) > 0})
	}
	picks := s.picks[:0]
	for i := range s.votes {
		v := &s.votes[i]
		k := int(s.slot[refKey(v.ref)]) - 1
		if k < 0 {
			continue
		}
		st := &slots[k]
		if (v.weight > 0) != st.positive {
			continue
		}
		newBasis := true
		for _, b := range st.bases[:st.nb] {
			if b == v.ev.Basis {
				newBasis = false
				break
			}
		}
		if newBasis && st.nb < len(st.bases) {
			st.bases[st.nb] = v.ev.Basis
			st.nb++
		} else if st.n >= maxEvidence {
			continue
		}
		st.n++
		picks = append(picks, int32(k)<<20|int32(i))
	}
	for _, r := range refs {
		s.slot[refKey(r)] = 0
	}
	// Group by value, keeping the order of position within each: the
	// picks of slot k go after those of the slots before it.
	at := len(scopeEv)
	for k := range slots {
		slots[k].at = at
		at += slots[k].n
	}
	s.picks, s.slotState = picks, slots
	evs := make([]Evidence, len(scopeEv)+len(picks))
	for i, e := range scopeEv {
		evs[i] = s.evidence(e)
	}
	for _, p := range picks {
		st := &slots[p>>20]
		evs[st.at] = s.evidence(s.votes[p&(1<<20-1)].ev)
		st.at++
	}
	return evs
}

// evidenceSlot is collectEvidence's state for one value.
type evidenceSlot struct {
	positive bool // the value has votes with weight
	n, nb    int  // votes picked, rules seen
	at       int  // where the next pick goes in the result
	bases    [4]basisID
}

func appendRefs[C taxonomy.Code](dst []taxonomy.Ref, cs []C) []taxonomy.Ref {
	for _, c := range cs {
		dst = append(dst, c.Ref())
	}
	return dst
}
