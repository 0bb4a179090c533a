package classify

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

func defaultCues() *cueScanner {
	s, err := newCueScanner(cueTable)
	if err != nil {
		panic(err) // the table is checked by the package's tests
	}
	return s
}
