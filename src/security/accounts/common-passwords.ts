/**
 * Passwords and password stems that attackers try first, composed for Humas (not copied from
 * a published list): common English and Indonesian choices, religious and national phrases,
 * place names, keyboard walks, and words from Indonesian government work. A password is
 * refused when it equals an entry, or when its letters once leading and trailing digits and
 * symbols are stripped ("Bismillah2024!" → "bismillah") equal one.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
password passw0rd p@ssword p@ssw0rd passwort motdepasse contraseña secret secret123 letmein welcome
welcome1 welcome123 changeme changeit default guest login admin admin123 administrator administrador
root toor superuser master masterkey qwerty qwertyuiop qwertyuiopasdf asdfghjkl asdfghjkl123 zxcvbnm
zxcvbnm123 qazwsx qazwsxedc 1qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5y6 abc123 abcd1234
abcdefghijkl 123456 1234567 12345678 123456789 1234567890 12345678901 123456789012 1234567890123 0123456789
987654321 9876543210 098765432109 111111 11111111 111111111111 000000 00000000 000000000000 121212 123123
123123123 123123123123 112233 11223344 112233445566 654321 666666 696969 777777 888888 999999 101010
iloveyou iloveyou1 iloveyou123 monkey dragon shadow sunshine princess football baseball basketball
superman batman trustno1 starwars whatever freedom michael jennifer jordan23 charlie computer internet
samsung android iphone google facebook instagram whatsapp tiktok youtube twitter microsoft windows
indonesia indonesia1 indonesia123 indonesiaraya indonesiamerdeka nkri nkrihargamati garuda garudaku
garudaindonesia pancasila pancasila1945 merdeka merdeka45 merdeka1945 17081945 proklamasi bhinneka
bhinnekatunggalika jakarta jakarta123 bandung surabaya semarang yogyakarta jogja medan makassar
palembang denpasar bali papua sumatera kalimantan sulawesi jawabarat jabar jateng jatim banten
bismillah bismillahirrahmanirrahim alhamdulillah subhanallah allahuakbar masyaallah insyaallah
assalamualaikum astaghfirullah amin aamiin haleluya tuhanyesus yesuskristus
sayang sayangku sayangkamu cinta cintaku cintakamu akucintakamu kasih kasihku rindu rinduKamu
bidadari ganteng cantik manis mama papa mamah papah ibu bapak ayah bunda anakku keluarga
rahasia rahasia123 rahasiaku katasandi katasandiku sandi kunci kuncirahasia masuk masukaja
bebas terserah gaktau entahlah nopassword tidakada
humas humas123 humasjabar humaskita kehumasan pemerintah pemprov pemkab pemkot pemda diskominfo
kominfo komdigi kemenkes kemendagri kementerian lembaga asn pns aparatur birokrasi sekretariat
sekda gubernur bupati walikota presiden negara rakyat republik
persib persija arema persebaya bobotoh jakmania aremania bonek viking
doraemon naruto onepiece pokemon
`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase()),
);

/** The letters of a password with leading and trailing digits and symbols removed. */
export function passwordStem(password: string): string {
  return password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}
