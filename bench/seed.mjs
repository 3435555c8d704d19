// Seed data and tokens for bench/booking-surge.sh, with node:crypto only.
//
//   node bench/seed.mjs <outDir> <residents> <jwtKeyPem> <kid>
//   env: JIAYI_PRIVACY_ENCRYPTION_KEYS_K1 (base64, 32 bytes), JIAYI_PRIVACY_HASH_KEY (base64, >= 32 bytes)
//
// Writes into <outDir>:
//   directory.sql   one street, institution, department, doctor (ids in ids.env)
//   persons.csv     person rows for COPY
//   accounts.csv    resident_account rows for COPY (person_id set: real-name registered)
//   tokens.txt      "<bearer token> <patientId>" per resident, one per line
//   staff.token     a staff token of the institution, to publish the schedule
//   ids.env         INSTITUTION_ID, DEPARTMENT_ID, DOCTOR_ID for the shell
//
// Values match io.jiayi.common.privacy.PersonalDataCipher: "k1:" + base64url-no-padding(IV(12) ||
// AES-256-GCM ciphertext || tag(16)) with AAD "k1"; hashes are lowercase hex HMAC-SHA256.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const [outDir, residentsArg, keyPath, kid] = process.argv.slice(2);
if (!outDir || !residentsArg || !keyPath || !kid) {
    console.error('usage: node seed.mjs <outDir> <residents> <jwtKeyPem> <kid>');
    process.exit(2);
}
const residents = Number(residentsArg);
const encKey = Buffer.from(process.env.JIAYI_PRIVACY_ENCRYPTION_KEYS_K1 ?? '', 'base64');
const hashKey = Buffer.from(process.env.JIAYI_PRIVACY_HASH_KEY ?? '', 'base64');
if (encKey.length !== 32 || hashKey.length < 32) {
    console.error('JIAYI_PRIVACY_ENCRYPTION_KEYS_K1 must be 32 bytes and JIAYI_PRIVACY_HASH_KEY at least 32 (base64)');
    process.exit(2);
}
const KEY_ID = 'k1';

function encrypt(plain) {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
    cipher.setAAD(Buffer.from(KEY_ID, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return KEY_ID + ':' + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

function lookupHash(value) {
    return crypto.createHmac('sha256', hashKey).update(value, 'utf8').digest('hex');
}

// GB 11643 check digit, so the ID numbers look real.
function idNumber(region, birth, seq) {
    const body = region + birth.replaceAll('-', '') + String(seq).padStart(3, '0');
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(body[i]) * weights[i];
    return body + '10X98765432'[sum % 11];
}

const privateKey = crypto.createPrivateKey(fs.readFileSync(keyPath));
const ISSUER = process.env.MP_JWT_VERIFY_ISSUER ?? 'https://jiayi.changning.local';
const AUDIENCE = process.env.MP_JWT_VERIFY_AUDIENCES ?? 'jiayi-api';
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

function token(sub, groups, extra = {}) {
    const now = Math.floor(Date.now() / 1000);
    const header = b64({ alg: 'RS256', typ: 'JWT', kid });
    const payload = b64({ iss: ISSUER, aud: AUDIENCE, sub, upn: sub, groups, iat: now, exp: now + 3 * 3600,
        jti: crypto.randomUUID(), ...extra });
    const signature = crypto.sign('RSA-SHA256', Buffer.from(header + '.' + payload), privateKey).toString('base64url');
    return header + '.' + payload + '.' + signature;
}

fs.mkdirSync(outDir, { recursive: true });
const streetId = crypto.randomUUID();
const institutionId = crypto.randomUUID();
const departmentId = crypto.randomUUID();
const doctorId = crypto.randomUUID();

fs.writeFileSync(path.join(outDir, 'directory.sql'), `
INSERT INTO street (id, code, name, kind) VALUES ('${streetId}', 'BENCH-ST', '压测街道', 'STREET');
INSERT INTO institution (id, code, name, short_name, type, level, street_id)
    VALUES ('${institutionId}', 'BENCH-CHC', '压测社区卫生服务中心', '压测中心', 'COMMUNITY_CENTRE', 'PRIMARY', '${streetId}');
INSERT INTO department (id, institution_id, code, name, category)
    VALUES ('${departmentId}', '${institutionId}', 'GP', '全科', 'GENERAL_PRACTICE');
INSERT INTO doctor (id, code, institution_id, department_id, name, gender, title, family_doctor)
    VALUES ('${doctorId}', 'BENCH-DOC', '${institutionId}', '${departmentId}', '压测医生', 'FEMALE', 'ATTENDING_PHYSICIAN', true);
`);
fs.writeFileSync(path.join(outDir, 'ids.env'),
    `INSTITUTION_ID=${institutionId}\nDEPARTMENT_ID=${departmentId}\nDOCTOR_ID=${doctorId}\n`);

const now = new Date().toISOString();
const persons = [];
const accounts = [];
const tokens = [];
for (let i = 0; i < residents; i++) {
    const personId = crypto.randomUUID();
    const accountId = crypto.randomUUID();
    const year = 1940 + (i % 70);
    const birth = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const id = idNumber('310105', birth, i % 1000);
    // (i mod 70, 12, 28, 1000) repeats only after 21,000 residents: the ID numbers are unique.
    const phone = '139' + String(10000000 + i).padStart(8, '0');
    const sex = i % 2 === 0 ? 'FEMALE' : 'MALE';
    persons.push([personId, `居民${i}`, encrypt(id), lookupHash(id), birth, sex, now, now].join(','));
    accounts.push([accountId, encrypt(phone), lookupHash(phone), personId, now, now].join(','));
    tokens.push(token(accountId, ['resident'], { personId }) + ' ' + personId);
}
fs.writeFileSync(path.join(outDir, 'persons.csv'), persons.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'accounts.csv'), accounts.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'tokens.txt'), tokens.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'staff.token'),
    token(crypto.randomUUID(), ['staff'], { institutionId }) + '\n');
console.error(`seed: ${residents} residents, institution ${institutionId}`);
