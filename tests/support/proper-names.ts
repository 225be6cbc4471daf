/**
 * Every proper name and fixed term of the plan, with its correct Hong Kong Traditional
 * form, reviewed by hand against the Simplified source (not taken from the phrase table
 * that the conversion applies: this list is what the table is tested against). A name
 * whose characters OpenCC alone gets wrong is marked with the form it wrote.
 */
export interface ProperName {
  simplified: string;
  traditional: string;
  /** What character-by-character conversion wrote before the phrase table. */
  wrong?: string;
}

const names = (list: string): ProperName[] =>
  list
    .trim()
    .split("\n")
    .map((line) => {
      const [simplified = "", traditional = "", wrong] = line.trim().split(/\s+/);
      return { simplified, traditional, ...(wrong ? { wrong } : {}) };
    });

/** Villages, areas, roads, rivers, islands, towns and cities. */
export const PLACES = names(`
  南朗镇 南朗鎮
  翠亨 翠亨
  崖口 崖口
  左步 左步
  冲口 沖口 衝口
  冲口门 沖口門 衝口門
  榄边 欖邊
  濠涌 濠涌 濠湧
  兰溪河 蘭溪河 蘭谿河
  南冲路 南沖路 南衝路
  丹溪路 丹溪路
  茂南路 茂南路
  沉香路 沉香路
  明珠路 明珠路
  海湾二路 海灣二路
  翠亨大道 翠亨大道
  情侣北路 情侶北路
  横门工业新路 橫門工業新路
  槟榔山 檳榔山
  马鞍岛 馬鞍島
  翠亨新区 翠亨新區
  横门新港 橫門新港
  横门 橫門
  朗城新区 朗城新區
  大车 大車
  东桠 東椏
  长沙铺村 長沙鋪村
  平顶村 平頂村
  泮沙村 泮沙村
  白企 白企
  中心一河 中心一河
  西湾 西灣
  火炬开发区 火炬開發區
  雄安新区 雄安新區
  粤港澳大湾区 粵港澳大灣區
  深中通道 深中通道
  珠海市 珠海市
  深圳 深圳
  广州 廣州
`);

/** People. */
export const PEOPLE = names(`
  孙中山 孫中山
  杨殷 楊殷
  习近平 習近平
`);

/** Institutions, parks, schools, enterprises, projects and places named in the plan. */
export const INSTITUTIONS = names(`
  华南现代中医药城 華南現代中醫藥城
  中科院药物创新研究院 中科院藥物創新研究院
  哈工大机器人研究院 哈工大機器人研究院
  深创投 深創投
  省中医院 省中醫院
  澳门科技大学 澳門科技大學
  中山海关检验检疫中心 中山海關檢驗檢疫中心
  中山留创园 中山留創園
  百草园 百草園
  国医馆 國醫館
  国家发改委 國家發改委
  孙中山故里旅游区 孫中山故里旅遊區
  杨殷故居 楊殷故居
  翠亨旧村 翠亨舊村
  翠亨宾馆 翠亨賓館
  烈士陵园 烈士陵園
  新盛世 新盛世
  红润药业 紅潤藥業
  乐歌国际生物科技产业园 樂歌國際生物科技產業園
  国源药业 國源藥業
  华南包装 華南包裝
  广弘生命健康 廣弘生命健康
  洋溢生物医药 洋溢生物醫藥
  创惠科技产业园 創惠科技產業園
  明阳智能 明陽智能
  明阳新能源工业园 明陽新能源工業園
  南朗医院 南朗醫院
  西湾国家重大仪器科学园 西灣國家重大儀器科學園
  南朗快线 南朗快線
  纵二线 縱二線
  中开高速 中開高速
  东部外环高速 東部外環高速
  翠亨国家湿地公园 翠亨國家濕地公園
  新五孔水闸 新五孔水閘
  南朗工业区 南朗工業區
  横门水产 橫門水產
  崖口富硒米 崖口富硒米
  逸翠公园 逸翠公園
  新佳鞋厂 新佳鞋廠
  纪念中学 紀念中學
  横门污水处理厂 橫門污水處理廠
  中山人民抗日义勇大队 中山人民抗日義勇大隊
  白企抗日游击大队 白企抗日游擊大隊 白企抗日遊擊大隊
  左步稻田音乐节 左步稻田音樂節
  南朗中心幼儿园 南朗中心幼兒園
  博爱幼儿园 博愛幼兒園
  横门幼儿园 橫門幼兒園
  海湾城小学 海灣城小學
  市人民医院 市人民醫院
  佳兆业上品雅园 佳兆業上品雅園
`);

/** Fixed terms, programmes and titles of documents. */
export const FIXED_TERMS = names(`
  保护发挥 保護發揮 保護髮揮
  地方志 地方志 地方誌
  建党100周年 建黨100周年 建黨100週年
  头号工程 頭號工程
  三个年 三個年
  六大战役 六大戰役
  十四五 十四五
  放管服 放管服
  枫桥经验 楓橋經驗
  粤菜师傅 粵菜師傅
  广东技工 廣東技工
  南粤家政 南粵家政
  关爱女童 關愛女童
  护苗成长 護苗成長
  中山市民宿管理暂行办法 中山市民宿管理暫行辦法
  南朗镇文物单位保护条例 南朗鎮文物單位保護條例
  中山装 中山裝
`);

export const PROPER_NAMES: readonly ProperName[] = [...PLACES, ...PEOPLE, ...INSTITUTIONS, ...FIXED_TERMS];

/** How many times `word` occurs in `text`. */
export function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}
